using AccountExit.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AccountExit.Postgres;

/// <summary>Lets <c>dotnet ef migrations add --project src/AccountExit.Postgres</c> build the PostgreSQL model; no server is needed for that.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AccountExitDbContext>
{
    public AccountExitDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AccountExitDbContext>().UsePostgres("Host=localhost;Database=accountexit_design").Options);
}
