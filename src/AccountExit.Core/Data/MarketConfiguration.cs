using AccountExit.Core.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AccountExit.Core.Data;

internal sealed class MarketConfiguration : IEntityTypeConfiguration<Market>
{
    public void Configure(EntityTypeBuilder<Market> builder)
    {
        builder.HasKey(m => m.Code);
        builder.Property(m => m.Code).HasMaxLength(2);
        builder.Property(m => m.Domain).HasMaxLength(100);
        builder.Property(m => m.DataProtectionLaw).HasMaxLength(20);
        builder.Property(m => m.Laws).HasJsonConversion();
        builder.Property(m => m.Languages).HasJsonConversion();
        builder.Property(m => m.Missing).HasJsonConversion();
        builder.Ignore(m => m.GdprApplies);
    }
}
