using AccountExit.Core.Letters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AccountExit.Core.Data;

internal sealed class LetterTemplateConfiguration : IEntityTypeConfiguration<LetterTemplate>
{
    public void Configure(EntityTypeBuilder<LetterTemplate> builder)
    {
        builder.HasKey(t => new { t.Kind, t.Language });
        builder.Property(t => t.Kind).HasMaxLength(30);
        builder.Property(t => t.Language).HasMaxLength(5);
        builder.Property(t => t.Subject).HasMaxLength(300);
    }
}
