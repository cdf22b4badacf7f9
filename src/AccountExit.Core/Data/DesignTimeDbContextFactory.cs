using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AccountExit.Core.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the web host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AccountExitDbContext>
{
    public AccountExitDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AccountExitDbContext>().UseSqlite("Data Source=design.db").Options);
}
