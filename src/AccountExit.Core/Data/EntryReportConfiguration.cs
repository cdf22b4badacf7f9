using AccountExit.Core.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AccountExit.Core.Data;

internal sealed class EntryReportConfiguration : IEntityTypeConfiguration<EntryReport>
{
    public void Configure(EntityTypeBuilder<EntryReport> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ChannelKey).HasMaxLength(80);
        builder.Property(r => r.Problem).HasMaxLength(EntryReport.MaxProblemLength);
        // SQLite has no DateTimeOffset type; ISO 8601 UTC text keeps reports sortable by time.
        builder.Property(r => r.ReportedAt).HasConversion(v => v.UtcDateTime.ToString("O"), v => DateTimeOffset.Parse(v, System.Globalization.CultureInfo.InvariantCulture));
        // Reports outlive a seed change that removes their entry: they are the evidence for it.
        builder.HasIndex(r => r.ChannelKey);
    }
}
