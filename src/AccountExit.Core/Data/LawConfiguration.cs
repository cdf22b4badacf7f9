using AccountExit.Core.Laws;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AccountExit.Core.Data;

internal sealed class LawConfiguration : IEntityTypeConfiguration<Law>
{
    public void Configure(EntityTypeBuilder<Law> builder)
    {
        builder.HasKey(l => l.Code);
        builder.Property(l => l.Code).HasMaxLength(20);
        builder.Property(l => l.Abbreviation).HasMaxLength(40);
        builder.Property(l => l.Since).HasMaxLength(10);
        builder.Property(l => l.Name).HasJsonConversion();
        builder.Property(l => l.Status).HasJsonConversion();
        builder.Property(l => l.StatusSources).HasJsonConversion();
        builder.Property(l => l.Who).HasJsonConversion();
        builder.Property(l => l.WhoSources).HasJsonConversion();
        builder.Property(l => l.Rights).HasJsonConversion();
        builder.Property(l => l.Deadline).HasJsonConversion();
        builder.Property(l => l.Complaint).HasJsonConversion();
        builder.Property(l => l.FollowUp).HasJsonConversion();
        builder.Property(l => l.Unsourced).HasJsonConversion();
        builder.Property(l => l.Authorities).HasJsonConversion();
    }
}
