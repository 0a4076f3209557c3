using IRLearn.Domain.Classrooms;
using IRLearn.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IRLearn.Infrastructure.Persistence.Configurations;

/// <summary>
/// How the model maps what many tables share, said once so the tables cannot drift apart: an entity's key, an
/// aggregate's unstored events, the columns that hold a user's id, enums and join codes.
/// </summary>
internal static class EntityMapping
{
    /// <summary>The length ASP.NET Core Identity gives a user's id (its own AspNetUsers.Id column).</summary>
    public const int UserIdLength = 450;

    /// <summary>Enums are stored by name, so reordering or inserting a member never changes what a stored row means.</summary>
    public const int EnumNameLength = 20;

    /// <summary>An entity's own table, keyed by the id the domain generated (never the database).</summary>
    public static EntityTypeBuilder<T> ToEntityTable<T>(this EntityTypeBuilder<T> builder, string table)
        where T : Entity
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        return builder;
    }

    /// <summary>An aggregate's table: an entity's, and its domain events are published after the save, never stored.</summary>
    public static EntityTypeBuilder<T> ToAggregateTable<T>(this EntityTypeBuilder<T> builder, string table)
        where T : AggregateRoot
    {
        builder.ToEntityTable(table);
        builder.Ignore(a => a.DomainEvents);
        return builder;
    }

    /// <summary>A string column that holds a user's id.</summary>
    public static PropertyBuilder<T> HoldsUserId<T>(this PropertyBuilder<T> property) => property.HasMaxLength(UserIdLength);

    /// <summary>An enum column, stored by the member's name.</summary>
    public static PropertyBuilder<T> StoredByName<T>(this PropertyBuilder<T> property) =>
        property.HasConversion<string>().HasMaxLength(EnumNameLength);

    /// <summary>A required join code, stored as its canonical text.</summary>
    public static PropertyBuilder<JoinCode> StoredAsJoinCode(this PropertyBuilder<JoinCode> property) =>
        property
            .HasConversion(code => code.Value, value => JoinCode.Parse(value))
            .HasMaxLength(JoinCode.Length)
            .IsRequired();
}
