using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IRLearn.Infrastructure.Persistence;

/// <summary>
/// Stores a small value (a list of tags, a question's content) as one JSON text column. Both
/// providers read and write it the same way, and change tracking compares the serialised form, so
/// an in-place edit of a list is noticed.
/// </summary>
public static class JsonColumn
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
        where T : class =>
        property.HasJsonConversion(value => JsonSerializer.Serialize(value, Options), json => JsonSerializer.Deserialize<T>(json, Options)!);

    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property, Func<T, string> write, Func<string, T> read)
        where T : class
    {
        var comparer = new ValueComparer<T>(
            (left, right) => ReferenceEquals(left, right) || (left != null && right != null && write(left) == write(right)),
            value => write(value).GetHashCode(StringComparison.Ordinal),
            value => read(write(value)));

        property.HasConversion(value => write(value), json => read(json), comparer).IsRequired();
        return property;
    }

    /// <summary>Maps a private <c>List&lt;T&gt;</c> field, exposed by the entity as a read-only list, to a JSON column.</summary>
    public static PropertyBuilder<List<T>> JsonListField<TEntity, T>(this EntityTypeBuilder<TEntity> entity, string field, string column)
        where TEntity : class =>
        entity.Property<List<T>>(field)
            .HasField(field)
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasColumnName(column)
            .HasJsonConversion();
}
