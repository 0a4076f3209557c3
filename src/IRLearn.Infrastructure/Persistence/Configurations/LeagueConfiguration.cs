using IRLearn.Domain.Classrooms;
using IRLearn.Domain.Leaderboards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IRLearn.Infrastructure.Persistence.Configurations;

internal sealed class LeagueConfiguration : IEntityTypeConfiguration<League>
{
    public void Configure(EntityTypeBuilder<League> builder)
    {
        builder.ToAggregateTable("Leagues");
        builder.Property(l => l.Name).HasMaxLength(League.MaxNameLength).IsRequired();
        builder.Property(l => l.OwnerId).HoldsUserId().IsRequired();
        builder.Property(l => l.JoinCode).StoredAsJoinCode();

        // Like classroom codes, league codes are random; the index is what makes them unique.
        builder.HasIndex(l => l.JoinCode).IsUnique();
        builder.HasIndex(l => l.OwnerId);

        builder.HasMany(l => l.Memberships).WithOne().HasForeignKey("LeagueId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.Memberships).HasField("_memberships").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class LeagueMembershipConfiguration : IEntityTypeConfiguration<LeagueMembership>
{
    public void Configure(EntityTypeBuilder<LeagueMembership> builder)
    {
        builder.ToEntityTable("LeagueMemberships");
        builder.Property(m => m.JoinedBy).HoldsUserId().IsRequired();
        builder.HasIndex("LeagueId", nameof(LeagueMembership.ClassroomId)).IsUnique();

        // The live notifier looks leagues up by classroom on every grade.
        builder.HasIndex(m => m.ClassroomId);
        builder.HasOne<Classroom>().WithMany().HasForeignKey(m => m.ClassroomId).OnDelete(DeleteBehavior.Cascade);
    }
}
