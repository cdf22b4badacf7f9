using System.Globalization;
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
        builder.Property(r => r.ReportedAt).HasConversion(v => Iso(v), v => Parse(v));
        builder.Property(r => r.ClosedAt).HasConversion(v => v == null ? null : Iso(v.Value), v => v == null ? null : Parse(v));
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ModeratorNote).HasMaxLength(EntryReport.MaxNoteLength);
        // Reports outlive a seed change that removes their entry: they are the evidence for it.
        builder.HasIndex(r => r.ChannelKey);
        builder.HasIndex(r => r.Status);
    }

    internal static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    internal static DateTimeOffset Parse(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture);
}

internal sealed class AdministratorConfiguration : IEntityTypeConfiguration<Administrator>
{
    public void Configure(EntityTypeBuilder<Administrator> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.NormalizedEmail).HasMaxLength(254);
        builder.HasIndex(a => a.NormalizedEmail).IsUnique();
        builder.Property(a => a.LockedUntil).HasConversion(
            v => v == null ? null : EntryReportConfiguration.Iso(v.Value), v => v == null ? null : EntryReportConfiguration.Parse(v));
    }
}
