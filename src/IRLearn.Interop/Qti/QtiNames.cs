using System.Text;
using System.Xml.Linq;

namespace IRLearn.Interop.Qti;

/// <summary>
/// QTI 3.0 renamed QTI 2.x's elements and attributes to kebab case with a <c>qti-</c> prefix
/// (<c>choiceInteraction</c> → <c>qti-choice-interaction</c>, <c>responseIdentifier</c> → <c>response-identifier</c>)
/// but kept their meaning. The reader normalises a 3.0 item to 2.x names, without namespaces, and reads both with one
/// code path; the writer goes the other way.
/// </summary>
internal static class QtiNames
{
    public const string Qti21Namespace = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    public const string Qti30Namespace = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";

    /// <summary>A namespace-free copy of <paramref name="element"/> with QTI 2.x names; HTML and MathML names are kept.</summary>
    public static XElement ToQti2(XElement element)
    {
        var copy = new XElement(
            ToQti2Name(element.Name.LocalName),
            element.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => new XAttribute(ToCamel(a.Name.LocalName), a.Value)));
        foreach (var node in element.Nodes())
        {
            copy.Add(node switch
            {
                XElement child => ToQti2(child),
                XText text => new XText(text.Value),
                _ => null,
            });
        }

        return copy;
    }

    public static string ToQti2Name(string name) => name.StartsWith("qti-", StringComparison.Ordinal) ? ToCamel(name[4..]) : name;

    /// <summary>QTI 2 name → QTI 3 name for elements of the QTI vocabulary (<paramref name="isQti"/>); HTML stays as it is.</summary>
    public static string ToQti3Name(string name, bool isQti) => isQti ? "qti-" + ToKebab(name) : name;

    public static string ToKebab(string name)
    {
        var result = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c))
            {
                result.Append('-').Append(char.ToLowerInvariant(c));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static string ToCamel(string name)
    {
        if (!name.Contains('-', StringComparison.Ordinal))
        {
            return name;
        }

        var result = new StringBuilder(name.Length);
        var upper = false;
        foreach (var c in name)
        {
            if (c == '-')
            {
                upper = true;
                continue;
            }

            result.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return result.ToString();
    }
}
