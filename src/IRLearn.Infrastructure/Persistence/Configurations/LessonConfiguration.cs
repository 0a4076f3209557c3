using IRLearn.Domain.Articles;
using IRLearn.Domain.Lessons;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IRLearn.Infrastructure.Persistence.Configurations;

internal sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> builder)
    {
        builder.ToAggregateTable("Lessons");
        builder.Property(l => l.OwnerId).HoldsUserId().IsRequired();
        builder.Property(l => l.Title).HasMaxLength(Lesson.MaxTitleLength).IsRequired();
        builder.Property(l => l.Summary).HasMaxLength(Lesson.MaxSummaryLength).IsRequired();
        builder.Property(l => l.Status).StoredByName();
        builder.Ignore(l => l.Sections);
        builder.Ignore(l => l.KeyTerms);
        builder.Ignore(l => l.Objectives);
        builder.Ignore(l => l.Tags);
        builder.JsonListField<Lesson, LessonSection>("_sections", "Sections");
        builder.JsonListField<Lesson, KeyTerm>("_keyTerms", "KeyTerms");
        builder.JsonListField<Lesson, string>("_objectives", "Objectives");
        builder.JsonListField<Lesson, string>("_tags", "Tags");
        builder.HasOne<Article>().WithMany().HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(l => l.OwnerId);
    }
}
