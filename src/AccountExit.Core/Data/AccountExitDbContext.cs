using AccountExit.Core.Directory;
using AccountExit.Core.Letters;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AccountExit.Core;

/// <summary>The store: the directory imported from seeds/, reports, and the data-protection keys every instance shares.</summary>
public sealed class AccountExitDbContext(DbContextOptions<AccountExitDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>The keys that sign antiforgery tokens, so a form from one instance posts to another.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Market> Markets => Set<Market>();
    public DbSet<Channel> Channels => Set<Channel>();
    public DbSet<LetterTemplate> LetterTemplates => Set<LetterTemplate>();
    public DbSet<Laws.Law> Laws => Set<Laws.Law>();
    public DbSet<EntryReport> EntryReports => Set<EntryReport>();
    public DbSet<Administrator> Administrators => Set<Administrator>();
    public DbSet<Seeding.SeedImport> SeedImports => Set<Seeding.SeedImport>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AccountExitDbContext).Assembly);
    }
}
