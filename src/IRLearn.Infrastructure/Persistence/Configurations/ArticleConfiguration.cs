using IRLearn.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IRLearn.Infrastructure.Persistence.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToAggregateTable("Articles");
        builder.Property(a => a.OwnerId).HoldsUserId().IsRequired();
        builder.Property(a => a.Title).HasMaxLength(Article.MaxTitleLength).IsRequired();
        builder.Property(a => a.Byline).HasMaxLength(Article.MaxBylineLength);
        builder.Property(a => a.Source).HasMaxLength(Article.MaxSourceLength);
        builder.Property(a => a.RawText).IsRequired();
        builder.Property(a => a.CleanedText).IsRequired();
        builder.Ignore(a => a.RemovedBlocks);
        builder.JsonListField<Article, string>("_removedBlocks", "RemovedBlocks");
        builder.HasIndex(a => a.OwnerId);
    }
}
