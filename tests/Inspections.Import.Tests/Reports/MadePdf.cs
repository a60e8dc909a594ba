using System.Globalization;
using System.Text;

namespace Inspections.Import.Tests.Reports;

/// <summary>PDFs made for a test: one page of text lines in a standard font, as a report's page might print them.</summary>
internal static class MadePdf
{
    /// <summary>
    /// A one-page PDF: each line in Helvetica 9 pt, 14 pt apart; a tab puts the rest of the line at x = 460 (a grade
    /// beside its label in a judgement table). Byte offsets computed, so the xref is exact.
    /// </summary>
    public static byte[] Page(string[] lines)
    {
        var content = new StringBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            int y = 800 - 14 * i;
            string[] parts = lines[i].Split('\t');
            content.Append(CultureInfo.InvariantCulture, $"BT /F1 9 Tf 50 {y} Td ({Escape(parts[0])}) Tj ET\n");
            if (parts.Length > 1)
            {
                content.Append(CultureInfo.InvariantCulture, $"BT /F1 9 Tf 460 {y} Td ({Escape(parts[1])}) Tj ET\n");
            }
        }

        string stream = content.ToString();
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            $"<< /Length {Encoding.Latin1.GetByteCount(stream)} >>\nstream\n{stream}endstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (int i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }

        int xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append("xref\n0 ").Append(objects.Length + 1).Append("\n0000000000 65535 f \n");
        foreach (int offset in offsets)
        {
            pdf.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        pdf.Append("trailer\n<< /Size ").Append(objects.Length + 1).Append(" /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());

        static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
    }

}
