using AccountExit.Core.Directory;
using AccountExit.Core.Letters;
using Microsoft.EntityFrameworkCore;

namespace AccountExit.Core;

public sealed class AccountExitDbContext(DbContextOptions<AccountExitDbContext> options) : DbContext(options)
{
    public DbSet<Market> Markets => Set<Market>();
    public DbSet<Channel> Channels => Set<Channel>();
    public DbSet<LetterTemplate> LetterTemplates => Set<LetterTemplate>();
    public DbSet<Laws.Law> Laws => Set<Laws.Law>();
    public DbSet<EntryReport> EntryReports => Set<EntryReport>();
    public DbSet<Seeding.SeedImport> SeedImports => Set<Seeding.SeedImport>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AccountExitDbContext).Assembly);
    }
}
