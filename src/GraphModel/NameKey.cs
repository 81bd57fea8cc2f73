using System.Text;

namespace Graph.Model;

/// <summary>
/// The form under which names are compared everywhere (stores, resolution, scoring):
/// Unicode NFKC with all white space removed, so 海川精密机床（浙江） and 海川精密机床(浙江) are one key.
/// </summary>
public static class NameKey
{
    public static string Normalize(string name)
    {
        var nfkc = name.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(nfkc.Length);
        foreach (var c in nfkc)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
