using IRLearn.Application.Grading.Common;
using Microsoft.Extensions.Caching.Memory;

namespace IRLearn.Application.Grading.Queries.ExportGradebook;

/// <summary>
/// Gradebook files already made, each under the classroom's <see cref="GradebookStamp"/> and the export's
/// options (ADR 23). A file is only ever served under the stamp it was made under, and every change a gradebook shows
/// writes a new stamp, so a file found here is the file the data would give now. Files of stamps that have moved on are
/// never asked for again; they leave by the size limit or after an hour unread. Each instance keeps its own: the stamp
/// is in the database, so instances never serve each other's stale files.
/// </summary>
public sealed class GradebookFiles : IDisposable
{
    /// <summary>Bytes of files kept, all classrooms together: a 300-student, five-assignment file is about 30 KB.</summary>
    public const long SizeLimit = 32L * 1024 * 1024;

    private static readonly TimeSpan KeptUnread = TimeSpan.FromHours(1);
    private readonly MemoryCache _files = new(new MemoryCacheOptions { SizeLimit = SizeLimit });

    public bool TryGet(Key key, out CsvFileDto? file) => _files.TryGetValue(key, out file);

    public void Add(Key key, CsvFileDto file) =>
        _files.Set(key, file, new MemoryCacheEntryOptions { Size = file.Content.Length, SlidingExpiration = KeptUnread });

    public void Dispose() => _files.Dispose();

    /// <summary>What a file depends on: the classroom's data (by its stamp), the export's options, and the reader's culture, which orders names.</summary>
    public readonly record struct Key(Guid ClassroomId, Guid Stamp, string? Sort, bool Descending, string? Search, CellStatus? Status, string Culture);
}
