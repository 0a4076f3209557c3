using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace IRLearn.QuestionGeneration;

/// <summary>
/// Every pattern in the engine sees text an instructor uploaded, and a backtracking pattern can take
/// time exponential in an unlucky input. Rather than give each of the engine's many patterns its own
/// timeout, the process-wide default match timeout is set when the engine is loaded (unless the host
/// already set one): source-generated regexes read it on first use. A match that runs out throws
/// <see cref="System.Text.RegularExpressions.RegexMatchTimeoutException"/>, which the import reports
/// as a document too complex to process. Real sentences match in microseconds, so a second is a
/// backstop that only a hostile input reaches.
/// </summary>
public static class RegexTimeout
{
    public const string AppContextKey = "REGEX_DEFAULT_MATCH_TIMEOUT";

    public static readonly TimeSpan Default = TimeSpan.FromSeconds(1);

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "The timeout must be in place before the engine's first regex runs, in every host and test that loads it.")]
    public static void Apply()
    {
        if (AppContext.GetData(AppContextKey) is null)
        {
            AppContext.SetData(AppContextKey, Default);
        }
    }
}
