using IRLearn.Application.Common.Interfaces;
using IRLearn.Domain.Articles;
using IRLearn.Domain.Attempts;
using IRLearn.Domain.Classrooms;
using IRLearn.Domain.Leaderboards;
using IRLearn.Domain.Lessons;
using IRLearn.Domain.Progress;
using IRLearn.Domain.QuestionBank;
using IRLearn.Domain.Quizzes;
using IRLearn.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace IRLearn.Infrastructure.Persistence;

public sealed class ApplicationDbContext(DbContextOptions<ApplicationDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IApplicationDbContext
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Lesson> Lessons => Set<Lesson>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<QuestionVersion> QuestionVersions => Set<QuestionVersion>();

    public DbSet<Quiz> Quizzes => Set<Quiz>();

    public DbSet<Classroom> Classrooms => Set<Classroom>();

    public DbSet<Attempt> Attempts => Set<Attempt>();

    public DbSet<ReviewCard> ReviewCards => Set<ReviewCard>();

    public DbSet<League> Leagues => Set<League>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite has no decimal or offset-aware date type, and EF cannot sort or compare them as TEXT.
            // Scores become REAL and instants become UTC ticks, so ordering and ranges run in SQL.
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
            configurationBuilder.Properties<decimal?>().HaveConversion<double?>();
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
        else
        {
            configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
            configurationBuilder.Properties<decimal?>().HavePrecision(18, 4);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ApplicationDbContext).Assembly);
    }
}
