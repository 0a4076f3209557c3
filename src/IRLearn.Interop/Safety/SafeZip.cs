using System.IO.Compression;

namespace IRLearn.Interop.Safety;

/// <summary>
/// Reads a zip package into memory under the limits in <see cref="InteropLimits"/>: entry count, inflated size per
/// entry and in total (counted while inflating, never trusted from the headers: that is how a zip bomb lies), and
/// entry names that stay inside the package (no <c>..</c>, no absolute paths, no drive letters).
/// Any breach refuses the whole package.
/// </summary>
internal static class SafeZip
{
    public static bool LooksLikeZip(ReadOnlySpan<byte> content) => content.Length >= 4 && content[0] == (byte)'P' && content[1] == (byte)'K' && content[2] is 3 or 5 && content[3] is 4 or 6;

    /// <summary>Entry path (forward slashes, as written) → inflated bytes. Folders are left out.</summary>
    public static IReadOnlyDictionary<string, byte[]> Read(byte[] content, string what)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > InteropLimits.MaxZipEntries)
            {
                throw new InteropFileException($"{what} holds {archive.Entries.Count} entries; a package may hold at most {InteropLimits.MaxZipEntries}.");
            }

            var files = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                var path = SafePath(entry.FullName, what);
                if (path.EndsWith('/'))
                {
                    continue;
                }

                if (entry.Length > InteropLimits.MaxZipEntryBytes)
                {
                    throw TooLarge(what, path);
                }

                var bytes = Inflate(entry, what, path);
                total += bytes.Length;
                if (total > InteropLimits.MaxZipTotalBytes)
                {
                    throw new InteropFileException($"{what} inflates to more than {InteropLimits.MaxZipTotalBytes / (1024 * 1024)} MB; refused as a possible zip bomb.");
                }

                files[path] = bytes;
            }

            return files;
        }
        catch (InvalidDataException ex)
        {
            throw new InteropFileException($"{what} is not a readable zip package ({ex.Message}).", ex);
        }
    }

    private static string SafePath(string name, string what)
    {
        var path = name.Replace('\\', '/');
        var segments = path.Split('/');
        var hostile = path.StartsWith('/')
            || path.Contains(':', StringComparison.Ordinal)
            || Array.Exists(segments, s => s == "..")
            || path.Any(char.IsControl);
        if (hostile)
        {
            throw new InteropFileException($"{what} contains the entry \"{Printable(name)}\", which points outside the package; refused.");
        }

        return path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;
    }

    private static byte[] Inflate(ZipArchiveEntry entry, string what, string path)
    {
        using var input = entry.Open();
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (output.Length + read > InteropLimits.MaxZipEntryBytes)
            {
                throw TooLarge(what, path);
            }

            output.Write(buffer, 0, read);
        }

        return output.ToArray();
    }

    private static InteropFileException TooLarge(string what, string path) =>
        new($"{what}: \"{Printable(path)}\" inflates to more than {InteropLimits.MaxZipEntryBytes / (1024 * 1024)} MB, the most one file in a package may hold; refused as a possible zip bomb.");

    private static string Printable(string text) => new([.. text.Select(c => char.IsControl(c) ? '?' : c).Take(200)]);
}
