using System.IO.Compression;

namespace IRLearn.Interop.Tests.Support;

/// <summary>
/// The shared interop corpus (files other systems wrote), read in place from <c>../shared/corpus/interop</c> next to
/// the repository. It is third-party material: tests only read it, nothing from it is copied into the repository.
/// </summary>
public static class Corpus
{
    public static string? Root { get; } = Find();

    public static string AbsentMessage => "The shared interop corpus (../shared/corpus/interop) is not present, so there was nothing to check; the test passes.";

    public static string Path(string relative) => System.IO.Path.Combine(Root!, relative);

    /// <summary>
    /// The bytes to import for a corpus entry: a file as it is; a package kept unzipped (a folder with
    /// imsmanifest.xml, as the Canvas exports are stored) zipped in memory, as Canvas hands it out.
    /// </summary>
    public static (string Name, byte[] Content) Load(string relative)
    {
        var path = Path(relative);
        if (!Directory.Exists(path))
        {
            return (System.IO.Path.GetFileName(path), File.ReadAllBytes(path));
        }

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry(System.IO.Path.GetRelativePath(path, file).Replace('\\', '/'));
                using var target = entry.Open();
                target.Write(File.ReadAllBytes(file));
            }
        }

        return (System.IO.Path.GetFileName(path) + ".zip", stream.ToArray());
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "IRLearn.sln")))
            {
                var corpus = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "corpus", "interop"));
                return Directory.Exists(corpus) ? corpus : null;
            }
        }

        return null;
    }
}
