using AccountExit.Core.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AccountExit.Core.Data;

internal sealed class SeedImportConfiguration : IEntityTypeConfiguration<SeedImport>
{
    public void Configure(EntityTypeBuilder<SeedImport> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.SeedsHash).HasMaxLength(64);
        // ISO 8601 UTC text, as the reports' times.
        builder.Property(i => i.ImportedAt).HasMaxLength(40);
    }
}
