namespace Inspections.Import;

/// <summary>
/// What a raw CSV record (as the parser read it, line breaks included) looks like under RFC 4180: where it starts, how
/// many lines it spans, whether a quoted field is left open, and the first field that breaks the quoting rules. The
/// parser itself repairs such fields silently (<c>"Sa""rah"x</c> becomes <c>Sarahx</c>); the importers report them.
/// </summary>
/// <param name="LineBreaksInQuotes">How many line breaks are inside quoted fields.</param>
/// <param name="Closed">False when a quoted field is never closed (the record then runs to the end of the file).</param>
/// <param name="BadField">The index of the first field that breaks the quoting rules, or -1.</param>
/// <param name="BadFieldText">That field as written, or null.</param>
internal readonly record struct CsvRecordShape(int LineBreaksInQuotes, bool Closed, int BadField, string? BadFieldText)
{
    /// <summary>How many line breaks a text holds: \n, \r\n and a lone \r are one each, as the parser counts lines.</summary>
    public static int LineBreaks(string text)
    {
        int breaks = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                breaks++;
            }
        }

        return breaks;
    }

    /// <summary>Reads the shape of one raw record.</summary>
    public static CsvRecordShape Of(string raw)
    {
        int field = 0, fieldStart = 0, breaks = 0, bad = -1, badStart = 0;
        bool atStart = true, inQuotes = false, afterClosingQuote = false;
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < raw.Length && raw[i + 1] == '"')
                    {
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                        afterClosingQuote = true;
                    }
                }
                else if (c == '\n' || (c == '\r' && (i + 1 == raw.Length || raw[i + 1] != '\n')))
                {
                    // A line break: \n, \r\n (counted at its \n) or a lone \r, as the parser counts lines.
                    breaks++;
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    field++;
                    fieldStart = i + 1;
                    atStart = true;
                    afterClosingQuote = false;
                    continue;
                case '\r' or '\n':
                    // The record's own line ending (a line break outside quotes ends the record).
                    continue;
                case '"' when atStart:
                    inQuotes = true;
                    atStart = false;
                    continue;
            }

            atStart = false;
            if (bad < 0 && (afterClosingQuote || c == '"'))
            {
                // Text after a closing quote ("Sarah" Canto), or a quote inside an unquoted field (O"Brien).
                bad = field;
                badStart = fieldStart;
            }
        }

        string? text = null;
        if (bad >= 0)
        {
            int end = badStart;
            bool quoted = false;
            while (end < raw.Length && (quoted || raw[end] is not (',' or '\r' or '\n')))
            {
                quoted ^= raw[end] == '"';
                end++;
            }

            text = raw[badStart..end];
        }

        return new CsvRecordShape(breaks, !inQuotes, bad, text);
    }
}
