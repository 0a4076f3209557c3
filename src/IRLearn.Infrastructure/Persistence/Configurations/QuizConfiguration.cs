using IRLearn.Domain.Quizzes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IRLearn.Infrastructure.Persistence.Configurations;

internal sealed class QuizConfiguration : IEntityTypeConfiguration<Quiz>
{
    public void Configure(EntityTypeBuilder<Quiz> builder)
    {
        builder.ToAggregateTable("Quizzes");
        builder.Property(q => q.OwnerId).HoldsUserId().IsRequired();
        builder.Property(q => q.Title).HasMaxLength(300).IsRequired();
        builder.Property(q => q.Description).HasMaxLength(4000).IsRequired();
        builder.Property(q => q.Status).StoredByName();
        builder.Ignore(q => q.LessonIds);
        builder.Ignore(q => q.Items);
        builder.Ignore(q => q.DrawRules);
        builder.JsonListField<Quiz, Guid>("_lessonIds", "LessonIds");
        builder.JsonListField<Quiz, QuizItem>("_items", "Items");
        builder.JsonListField<Quiz, DrawRule>("_drawRules", "DrawRules");
        builder.ComplexProperty(q => q.Settings, settings =>
        {
            settings.Property(s => s.FeedbackPolicy).HasConversion<string>().HasMaxLength(30);
            settings.Property(s => s.GradingMethod).HasConversion<string>().HasMaxLength(20);
        });
        builder.HasIndex(q => q.OwnerId);
    }
}
