using IRLearn.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IRLearn.Infrastructure.Persistence.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("Articles");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.OwnerId).HasMaxLength(450).IsRequired();
        builder.Property(a => a.Title).HasMaxLength(Article.MaxTitleLength).IsRequired();
        builder.Property(a => a.Byline).HasMaxLength(Article.MaxBylineLength);
        builder.Property(a => a.Source).HasMaxLength(Article.MaxSourceLength);
        builder.Property(a => a.RawText).IsRequired();
        builder.Property(a => a.CleanedText).IsRequired();
        builder.Ignore(a => a.RemovedBlocks);
        builder.JsonListField<Article, string>("_removedBlocks", "RemovedBlocks");
        builder.Ignore(a => a.DomainEvents);
        builder.HasIndex(a => a.OwnerId);
    }
}
