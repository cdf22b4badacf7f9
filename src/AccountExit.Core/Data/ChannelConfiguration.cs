using AccountExit.Core.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AccountExit.Core.Data;

internal sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> builder)
    {
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(80);
        builder.Property(c => c.Scope).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Kind).HasMaxLength(20);
        builder.Property(c => c.Role).HasMaxLength(30);
        builder.Property(c => c.Quality).HasMaxLength(20);
        builder.Property(c => c.Value).HasMaxLength(500);
        builder.Property(c => c.Url).HasMaxLength(500);
        builder.Property(c => c.E164).HasMaxLength(16);
        builder.Property(c => c.OperatorShortcut).HasMaxLength(10);
        builder.Property(c => c.Purposes).HasJsonConversion();
        builder.Property(c => c.Label).HasJsonConversion();
        builder.Property(c => c.Hours).HasJsonConversion();
        builder.Property(c => c.Ivr).HasJsonConversion();
        builder.Property(c => c.HaveReady).HasJsonConversion();
        builder.Property(c => c.Wait).HasJsonConversion();
        builder.Property(c => c.Steps).HasJsonConversion();
        builder.Property(c => c.Note).HasJsonConversion();
        builder.Property(c => c.Sources).HasJsonConversion();
        builder.Property(c => c.Caveat).HasJsonConversion();
        builder.Property(c => c.Conflicts).HasJsonConversion();
        builder.Property(c => c.Covers).HasJsonConversion();
        builder.Property(c => c.Fastest).HasJsonConversion();
        builder.HasOne<Market>().WithMany().HasForeignKey(c => c.MarketCode).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.MarketCode, c.Position });
        builder.Ignore(c => c.Href);
    }
}
