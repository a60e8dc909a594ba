using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Inspections.Core.Catalog;
using Inspections.Core.Inspections;
using Inspections.Core.Validation;
using NodaTime;

namespace Inspections.Core.Serialization;

/// <summary>
/// The strict reader of one <c>inspections/v1</c> document, hand-written over <see cref="Utf8JsonReader"/> so that
/// every reading rule gives an exact diagnostic (code, JSON path, line and byte position) and no rule depends on
/// reflection. Never throws for any input.
/// </summary>
/// <remarks>
/// Diagnostics about a property's name (unknown, duplicate) point at the name; those about a value (null, wrong
/// type or form) point at the value; a missing property points at the <c>{</c> of the object that lacks it. Reading
/// goes on after a problem that leaves the JSON readable, so one pass reports every such problem; it stops at the
/// first problem that does not (bad JSON, the nesting limit) and after <see cref="MaxReadingDiagnostics"/> problems.
/// </remarks>
internal ref struct InspectionDocumentReader
{
    /// <summary>How many reading problems are reported before reading stops.</summary>
    public const int MaxReadingDiagnostics = InspectionJson.MaxDiagnostics;

    private static readonly string[] s_rootNames =
        ["schema", "framework", "visit", "subject", "fieldwork", "published", "judgements", "recommendations", "source", "notes"];

    private static readonly string[] s_subjectNames = ["kind", "name", "gss", "la"];
    private static readonly string[] s_fieldworkNames = ["start", "end"];
    private static readonly string[] s_recommendationNames = ["text", "timescale"];

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ReadOnlySpan<byte> _utf8;
    private readonly int _firstLine;
    private readonly int _firstLineByteOffset;
    private readonly ReadDraft _draft;
    private ImmutableArray<Diagnostic>.Builder? _diagnostics;
    private LineIndex? _lines;
    private bool _stopped;
    private string _context;

    private InspectionDocumentReader(ReadOnlySpan<byte> utf8, int firstLine, int firstLineByteOffset)
    {
        _utf8 = utf8;
        _firstLine = firstLine;
        _firstLineByteOffset = firstLineByteOffset;
        _draft = new ReadDraft();
        _diagnostics = null;
        _lines = null;
        _stopped = false;
        _context = JsonPaths.Root;
    }

    [Flags]
    private enum Seen
    {
        None = 0,
        Schema = 1 << 0,
        Framework = 1 << 1,
        Visit = 1 << 2,
        Subject = 1 << 3,
        Fieldwork = 1 << 4,
        Published = 1 << 5,
        Judgements = 1 << 6,
        Recommendations = 1 << 7,
        Source = 1 << 8,
        Notes = 1 << 9,
        Kind = 1 << 10,
        Name = 1 << 11,
        Gss = 1 << 12,
        La = 1 << 13,
        Start = 1 << 14,
        End = 1 << 15,
        Text = 1 << 16,
        Timescale = 1 << 17,
    }

    /// <summary>
    /// Reads one document: reading diagnostics, then (when it was read and a catalog is given) validation
    /// diagnostics, each with a line and byte position.
    /// </summary>
    /// <param name="utf8">The document's bytes, without a byte order mark.</param>
    /// <param name="firstLine">The line of the file the document starts on (1 for a file of one document).</param>
    /// <param name="firstLineByteOffset">Bytes before the document on its first line (3 after a byte order mark).</param>
    /// <param name="validateWith">The catalog to validate against, or null to read only.</param>
    /// <param name="lineNumber">The line number to give the result (for a line of a .jsonl file), or null.</param>
    /// <returns>The result.</returns>
    public static InspectionReadResult Read(ReadOnlySpan<byte> utf8, int firstLine, int firstLineByteOffset, FrameworkCatalog? validateWith, int? lineNumber)
    {
        var reader = new InspectionDocumentReader(utf8, firstLine, firstLineByteOffset);
        var inspection = reader.ReadDocument();
        var diagnostics = reader._diagnostics?.ToImmutable() ?? ImmutableArray<Diagnostic>.Empty;
        if (inspection is not null && validateWith is not null)
        {
            var validation = InspectionValidator.Validate(inspection, validateWith, InspectionJson.MaxDiagnostics);
            if (!validation.Diagnostics.IsEmpty)
            {
                var builder = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Length + validation.Diagnostics.Length);
                builder.AddRange(diagnostics);
                foreach (var diagnostic in validation.Diagnostics)
                {
                    var (line, position) = reader.Locate(reader._draft.OffsetOf(diagnostic.Path));
                    builder.Add(diagnostic with { Line = line, BytePositionInLine = position });
                }

                diagnostics = builder.MoveToImmutable();
            }
        }

        return new InspectionReadResult(inspection, diagnostics, lineNumber);
    }

    /// <summary>Encodes a string as strict UTF-8, reporting an unpaired surrogate as INS001.</summary>
    /// <param name="json">The text.</param>
    /// <param name="utf8">The bytes, when the text is valid Unicode and within the size limit.</param>
    /// <param name="problem">The problem otherwise.</param>
    /// <returns><see langword="true"/> when encoded.</returns>
    public static bool TryEncode(string json, out byte[]? utf8, out Diagnostic? problem)
    {
        utf8 = null;
        problem = null;
        int count;
        try
        {
            count = s_strictUtf8.GetByteCount(json);
        }
        catch (EncoderFallbackException e)
        {
            int index = Math.Max(0, Math.Min(e.Index, json.Length - 1));
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < index; i++)
            {
                if (json[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            // Everything before the first unpaired surrogate is valid UTF-16, so it can be counted.
            long position = s_strictUtf8.GetByteCount(json.Substring(lineStart, index - lineStart));
            problem = new Diagnostic(
                DiagnosticCodes.MalformedDocument,
                DiagnosticSeverity.Error,
                JsonPaths.Root,
                $"The text is not valid Unicode: it holds an unpaired surrogate (U+{(int)json[index]:X4}) at character {index} (line {line}, byte offset {position}).",
                line,
                position);
            return false;
        }

        if (count > InspectionJson.MaxDocumentBytes)
        {
            problem = TooLarge(count, 1, 0);
            return false;
        }

        utf8 = s_strictUtf8.GetBytes(json);
        return true;
    }

    /// <summary>The INS001 diagnostic of a document larger than <see cref="InspectionJson.MaxDocumentBytes"/>.</summary>
    /// <param name="size">Its size, or null when it is not known (an endless stream).</param>
    /// <param name="line">The line the document starts on.</param>
    /// <param name="position">The byte position on that line.</param>
    /// <returns>The diagnostic.</returns>
    internal static Diagnostic TooLarge(long? size, int line, long position) => new(
        DiagnosticCodes.MalformedDocument,
        DiagnosticSeverity.Error,
        JsonPaths.Root,
        size is { } known
            ? FormattableString.Invariant($"The document is {known:N0} bytes; a document may be at most 1 MiB ({InspectionJson.MaxDocumentBytes:N0} bytes) (line {line}, byte offset {position}).")
            : FormattableString.Invariant($"The document is larger than 1 MiB ({InspectionJson.MaxDocumentBytes:N0} bytes), the most a document may be (line {line}, byte offset {position})."),
        line,
        position);

    private Inspection? ReadDocument()
    {
        if (_utf8.Length > InspectionJson.MaxDocumentBytes)
        {
            AddDiagnostic(TooLarge(_utf8.Length, _firstLine, _firstLineByteOffset));
            return null;
        }

        if (!Utf8.IsValid(_utf8))
        {
            int bad = FirstInvalidUtf8(_utf8);
            bool utf16 = _utf8.Length >= 2 && ((_utf8[0] == 0xFF && _utf8[1] == 0xFE) || (_utf8[0] == 0xFE && _utf8[1] == 0xFF));
            Add(DiagnosticCodes.MalformedDocument, JsonPaths.Root, bad, utf16
                ? "The document is UTF-16 text (it starts with a UTF-16 byte order mark); write it as UTF-8"
                : $"The document is not UTF-8 text: byte 0x{_utf8[bad]:X2} does not start or continue a UTF-8 character");
            return null;
        }

        if (ByteSpans.ContainsOnly(_utf8, " \t\r\n"u8))
        {
            Add(DiagnosticCodes.MalformedDocument, JsonPaths.Root, _utf8.Length, "The document is empty; expected a JSON object");
            return null;
        }

        var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = InspectionJson.MaxDepth * 4,
        });

        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Add(DiagnosticCodes.MalformedDocument, JsonPaths.Root, reader.TokenStartIndex, $"The document must be a JSON object, but it is {Describe(reader.TokenType)}");
                return null;
            }

            ReadRoot(ref reader);
            if (!_stopped)
            {
                // Anything after the object is an error that the reader reports as it reads on.
                _context = JsonPaths.Root;
                reader.Read();
            }
        }
        catch (JsonException e)
        {
            AddSyntaxError(e);
            return null;
        }

        return _diagnostics is null ? Build() : null;
    }

    private void ReadRoot(ref Utf8JsonReader reader)
    {
        _draft.RootOffset = reader.TokenStartIndex;
        var seen = Seen.None;
        while (!_stopped)
        {
            _context = JsonPaths.Root;
            if (!Next(ref reader))
            {
                break;
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            long nameOffset = reader.TokenStartIndex;
            if (!IsReadableName(ref reader, JsonPaths.Root))
            {
                continue;
            }

            Seen property = MatchRoot(ref reader);
            if (property == Seen.None)
            {
                UnknownProperty(ref reader, JsonPaths.Root, nameOffset, s_rootNames, "an inspection document");
                continue;
            }

            string path = RootPath(property);
            if (!FirstTime(ref reader, ref seen, property, path, nameOffset))
            {
                continue;
            }

            _context = path;
            if (!Next(ref reader))
            {
                break;
            }

            if (IsNull(ref reader, path))
            {
                continue;
            }

            switch (property)
            {
                case Seen.Schema:
                    if (ReadString(ref reader, path, out string? schema, out long schemaOffset))
                    {
                        if (string.Equals(schema, InspectionJson.Schema, StringComparison.Ordinal))
                        {
                            _draft.SchemaRead = true;
                        }
                        else
                        {
                            Add(DiagnosticCodes.InvalidValue, path, schemaOffset,
                                $"'{Shorten(schema)}' is not a schema this library reads; this version reads \"{InspectionJson.Schema}\"");
                        }
                    }

                    break;
                case Seen.Framework:
                    ReadId(ref reader, path, "framework id", out _draft.Framework, out _draft.FrameworkOffset);
                    break;
                case Seen.Visit:
                    ReadId(ref reader, path, "visit type id", out _draft.Visit, out _draft.VisitOffset);
                    break;
                case Seen.Subject:
                    ReadSubject(ref reader);
                    break;
                case Seen.Fieldwork:
                    ReadFieldwork(ref reader);
                    break;
                case Seen.Published:
                    ReadDate(ref reader, path, out _draft.Published, out _draft.PublishedOffset);
                    break;
                case Seen.Judgements:
                    ReadJudgements(ref reader);
                    break;
                case Seen.Recommendations:
                    ReadRecommendations(ref reader);
                    break;
                case Seen.Source:
                    ReadSource(ref reader);
                    break;
                default:
                    if (ReadString(ref reader, path, out string? notes, out long notesOffset))
                    {
                        _draft.Notes = notes;
                        _draft.NotesOffset = notesOffset;
                    }

                    break;
            }
        }

        if (!_stopped)
        {
            RequireAll(seen, Seen.Schema | Seen.Framework | Seen.Visit | Seen.Subject | Seen.Fieldwork | Seen.Judgements, JsonPaths.Root, _draft.RootOffset);
        }
    }

    private void ReadSubject(ref Utf8JsonReader reader)
    {
        if (!ExpectObject(ref reader, JsonPaths.Subject))
        {
            return;
        }

        _draft.SubjectOffset = reader.TokenStartIndex;
        var seen = Seen.None;
        bool ok = true;
        while (!_stopped)
        {
            _context = JsonPaths.Subject;
            if (!Next(ref reader))
            {
                break;
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            long nameOffset = reader.TokenStartIndex;
            if (!IsReadableName(ref reader, JsonPaths.Subject))
            {
                ok = false;
                continue;
            }

            Seen property = reader.ValueTextEquals("kind"u8) ? Seen.Kind
                : reader.ValueTextEquals("name"u8) ? Seen.Name
                : reader.ValueTextEquals("gss"u8) ? Seen.Gss
                : reader.ValueTextEquals("la"u8) ? Seen.La
                : Seen.None;
            if (property == Seen.None)
            {
                UnknownProperty(ref reader, JsonPaths.Subject, nameOffset, s_subjectNames, "a subject");
                ok = false;
                continue;
            }

            string path = property switch
            {
                Seen.Kind => JsonPaths.SubjectKind,
                Seen.Name => JsonPaths.SubjectName,
                Seen.Gss => JsonPaths.SubjectGss,
                _ => JsonPaths.SubjectLa,
            };

            if (!FirstTime(ref reader, ref seen, property, path, nameOffset))
            {
                ok = false;
                continue;
            }

            _context = path;
            if (!Next(ref reader))
            {
                break;
            }

            if (IsNull(ref reader, path))
            {
                ok = false;
                continue;
            }

            switch (property)
            {
                case Seen.Kind:
                    if (ReadString(ref reader, path, out string? kindText, out long kindOffset))
                    {
                        if (SubjectKinds.TryParse(kindText, out var kind))
                        {
                            _draft.Kind = kind;
                            _draft.KindOffset = kindOffset;
                        }
                        else
                        {
                            Add(DiagnosticCodes.InvalidValue, path, kindOffset,
                                $"'{Shorten(kindText)}' is not a subject kind; the kinds are \"local-authority\" and \"cafcass-service-area\"");
                        }
                    }

                    break;
                case Seen.Name:
                    if (ReadString(ref reader, path, out string? name, out long nameValueOffset))
                    {
                        if (InspectionSubject.IsValidName(name))
                        {
                            _draft.Name = name;
                            _draft.NameOffset = nameValueOffset;
                        }
                        else
                        {
                            Add(DiagnosticCodes.InvalidValue, path, nameValueOffset, name.Length > InspectionSubject.MaxNameLength
                                ? $"A subject name is at most {InspectionSubject.MaxNameLength} characters; this one has {name.Length}"
                                : "A subject name must not be blank");
                        }
                    }

                    break;
                case Seen.Gss:
                    if (ReadString(ref reader, path, out string? gss, out long gssOffset))
                    {
                        if (InspectionSubject.IsValidGss(gss))
                        {
                            _draft.Gss = gss;
                            _draft.GssOffset = gssOffset;
                        }
                        else
                        {
                            Add(DiagnosticCodes.InvalidValue, path, gssOffset,
                                $"'{Shorten(gss)}' is not the GSS code of an English local authority: E06, E08, E09 or E10 then six digits, such as E08000033");
                        }
                    }

                    break;
                default:
                    ReadLaNumber(ref reader, path);
                    break;
            }
        }

        if (!_stopped)
        {
            RequireAll(seen, Seen.Kind | Seen.Name, JsonPaths.Subject, _draft.SubjectOffset);
            _draft.SubjectRead = ok && (seen & (Seen.Kind | Seen.Name)) == (Seen.Kind | Seen.Name);
        }
    }

    private void ReadLaNumber(ref Utf8JsonReader reader, string path)
    {
        long offset = reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.Number)
        {
            WrongType(ref reader, path, "a whole number from 100 to 999 (the DfE local authority number)");
            return;
        }

        if (!reader.TryGetInt64(out long value))
        {
            Add(DiagnosticCodes.InvalidValue, path, offset,
                $"{NumberText(ref reader)} is not a DfE local authority number: write a whole number from 100 to 999, with no fraction or exponent");
            return;
        }

        if (value is < 100 or > 999)
        {
            Add(DiagnosticCodes.InvalidValue, path, offset,
                FormattableString.Invariant($"{value} is not a DfE local authority number, which has three digits (100 to 999)"));
            return;
        }

        _draft.La = (int)value;
        _draft.LaOffset = offset;
    }

    private void ReadFieldwork(ref Utf8JsonReader reader)
    {
        if (!ExpectObject(ref reader, JsonPaths.Fieldwork))
        {
            return;
        }

        _draft.FieldworkOffset = reader.TokenStartIndex;
        var seen = Seen.None;
        bool ok = true;
        while (!_stopped)
        {
            _context = JsonPaths.Fieldwork;
            if (!Next(ref reader))
            {
                break;
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            long nameOffset = reader.TokenStartIndex;
            if (!IsReadableName(ref reader, JsonPaths.Fieldwork))
            {
                ok = false;
                continue;
            }

            Seen property = reader.ValueTextEquals("start"u8) ? Seen.Start : reader.ValueTextEquals("end"u8) ? Seen.End : Seen.None;
            if (property == Seen.None)
            {
                UnknownProperty(ref reader, JsonPaths.Fieldwork, nameOffset, s_fieldworkNames, "fieldwork");
                ok = false;
                continue;
            }

            string path = property == Seen.Start ? JsonPaths.FieldworkStart : JsonPaths.FieldworkEnd;
            if (!FirstTime(ref reader, ref seen, property, path, nameOffset))
            {
                ok = false;
                continue;
            }

            _context = path;
            if (!Next(ref reader))
            {
                break;
            }

            if (IsNull(ref reader, path))
            {
                ok = false;
                continue;
            }

            if (property == Seen.Start)
            {
                ReadDate(ref reader, path, out _draft.Start, out _draft.StartOffset);
            }
            else
            {
                ReadDate(ref reader, path, out _draft.End, out _draft.EndOffset);
            }
        }

        if (!_stopped)
        {
            RequireAll(seen, Seen.Start | Seen.End, JsonPaths.Fieldwork, _draft.FieldworkOffset);
            _draft.FieldworkRead = ok && _draft.Start is not null && _draft.End is not null;
        }
    }

    private void ReadJudgements(ref Utf8JsonReader reader)
    {
        if (!ExpectObject(ref reader, JsonPaths.Judgements))
        {
            return;
        }

        _draft.JudgementsOffset = reader.TokenStartIndex;
        // A framework grades at most a dozen judgements: room for eight, ids checked by a scan until there are many.
        var judgements = new List<JudgementGrade>(8);
        var offsets = new List<long>(8);
        var ids = new List<string>(8);
        HashSet<string>? manyIds = null;
        bool ok = true;
        while (!_stopped)
        {
            _context = JsonPaths.Judgements;
            if (!Next(ref reader))
            {
                break;
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            long nameOffset = reader.TokenStartIndex;
            if (!TryGetText(ref reader, JsonPaths.Judgements, out string? id))
            {
                ok = false;
                SkipValue(ref reader, JsonPaths.Judgements);
                continue;
            }

            // The path is built only for a problem: a document may hold many thousands of judgements.
            if (!IsNewId(ids, ref manyIds, id))
            {
                string path = JsonPaths.Property(JsonPaths.Judgements, id);
                Add(DiagnosticCodes.MalformedDocument, path, nameOffset,
                    $"Judgement '{Shorten(id)}' is given twice; give each judgement once");
                ok = false;
                SkipValue(ref reader, path);
                continue;
            }

            if (!Next(ref reader))
            {
                break;
            }

            long valueOffset = reader.TokenStartIndex;
            string? grade = null;
            if (reader.TokenType != JsonTokenType.String || !TryGetString(ref reader, out grade))
            {
                string path = JsonPaths.Property(JsonPaths.Judgements, id);
                if (!IsNull(ref reader, path))
                {
                    if (reader.TokenType == JsonTokenType.Number)
                    {
                        Add(DiagnosticCodes.InvalidValue, path, valueOffset,
                            $"A grade is written as its id, such as \"good\" or \"requires-improvement\", never as a number ({NumberText(ref reader)}): official numeric codes run in opposite directions in different frameworks (APA: 4 is best; Ofsted's statistics: 1 is best)");
                    }
                    else
                    {
                        ReadString(ref reader, path, out _, out _); // reports the wrong type or the unreadable string
                    }
                }

                ok = false;
                continue;
            }

            if (id.Length == 0 || grade.Length == 0)
            {
                Add(DiagnosticCodes.InvalidValue, JsonPaths.Property(JsonPaths.Judgements, id), id.Length == 0 ? nameOffset : valueOffset,
                    id.Length == 0 ? "A judgement id must not be empty" : "A grade id must not be empty");
                ok = false;
                continue;
            }

            judgements.Add(new JudgementGrade(id, grade));
            offsets.Add(valueOffset);
        }

        _draft.Judgements = judgements;
        _draft.JudgementOffsets = offsets;
        _draft.JudgementsRead = ok;
    }

    private void ReadRecommendations(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, JsonPaths.Recommendations, "an array of recommendations");
            return;
        }

        _draft.RecommendationsOffset = reader.TokenStartIndex;
        var recommendations = new List<Recommendation>();
        var offsets = new List<(long, long)>();
        bool ok = true;
        for (int index = 0; !_stopped; index++)
        {
            _context = JsonPaths.Recommendations;
            if (!Next(ref reader))
            {
                break;
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            string itemPath = JsonPaths.Item(JsonPaths.Recommendations, index);
            if (IsNull(ref reader, itemPath))
            {
                ok = false;
                continue;
            }

            if (!ExpectObject(ref reader, itemPath))
            {
                ok = false;
                continue;
            }

            long itemOffset = reader.TokenStartIndex;
            long timescaleOffset = -1;
            string? text = null;
            string? timescale = null;
            var seen = Seen.None;
            bool itemOk = true;
            while (!_stopped)
            {
                _context = itemPath;
                if (!Next(ref reader))
                {
                    break;
                }

                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }

                long nameOffset = reader.TokenStartIndex;
                if (!IsReadableName(ref reader, itemPath))
                {
                    itemOk = false;
                    continue;
                }

                Seen property = reader.ValueTextEquals("text"u8) ? Seen.Text : reader.ValueTextEquals("timescale"u8) ? Seen.Timescale : Seen.None;
                if (property == Seen.None)
                {
                    UnknownProperty(ref reader, itemPath, nameOffset, s_recommendationNames, "a recommendation");
                    itemOk = false;
                    continue;
                }

                // The property's path is built only for a problem.
                if ((seen & property) != 0)
                {
                    FirstTime(ref reader, ref seen, property, RecommendationPath(itemPath, property), nameOffset); // reports it
                    itemOk = false;
                    continue;
                }

                seen |= property;
                if (!Next(ref reader))
                {
                    break;
                }

                long valueOffset = reader.TokenStartIndex;
                if (reader.TokenType != JsonTokenType.String || !TryGetString(ref reader, out string? value))
                {
                    string path = RecommendationPath(itemPath, property);
                    if (!IsNull(ref reader, path))
                    {
                        ReadString(ref reader, path, out _, out _); // reports the wrong type or the unreadable string
                    }

                    itemOk = false;
                    continue;
                }

                if (property == Seen.Text)
                {
                    if (Text.IsBlank(value))
                    {
                        Add(DiagnosticCodes.InvalidValue, RecommendationPath(itemPath, property), valueOffset, "A recommendation's text must not be blank");
                        itemOk = false;
                    }
                    else
                    {
                        text = value;
                    }
                }
                else if (value.Length == 0)
                {
                    Add(DiagnosticCodes.InvalidValue, RecommendationPath(itemPath, property), valueOffset, "A timescale id must not be empty; leave timescale out when the report gives none");
                    itemOk = false;
                }
                else
                {
                    timescale = value;
                    timescaleOffset = valueOffset;
                }
            }

            if (_stopped)
            {
                break;
            }

            RequireAll(seen, Seen.Text, itemPath, itemOffset);
            if (itemOk && text is not null)
            {
                recommendations.Add(new Recommendation(text, timescale));
                offsets.Add((itemOffset, timescaleOffset));
            }
            else
            {
                ok = false;
            }
        }

        if (ok)
        {
            _draft.Recommendations = recommendations;
            _draft.RecommendationOffsets = offsets;
        }
    }

    private static string RecommendationPath(string itemPath, Seen property) =>
        JsonPaths.Property(itemPath, property == Seen.Text ? "text" : "timescale");

    private void ReadSource(ref Utf8JsonReader reader)
    {
        if (!ReadString(ref reader, JsonPaths.Source, out string? text, out long offset))
        {
            return;
        }

        if (TryParseSource(text, out var uri, out string? problem))
        {
            _draft.Source = uri;
            _draft.SourceOffset = offset;
        }
        else
        {
            Add(DiagnosticCodes.InvalidValue, JsonPaths.Source, offset, problem);
        }
    }

    /// <summary>Reads a source URI: absolute, http or https, no white space, as <see cref="Inspection.IsValidSource"/> requires.</summary>
    /// <param name="text">The text.</param>
    /// <param name="uri">The URI, when read; its <see cref="Uri.OriginalString"/> is <paramref name="text"/>.</param>
    /// <param name="problem">Why not, otherwise.</param>
    /// <returns><see langword="true"/> when read.</returns>
    internal static bool TryParseSource(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? uri, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem)
    {
        uri = null;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                problem = $"'{Shorten(text)}' is not a URI: it holds white space or a control character (write a space as %20)";
                return false;
            }
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed) || !Inspection.IsValidSource(parsed))
        {
            problem = $"'{Shorten(text)}' is not an absolute http or https URI, such as https://files.ofsted.gov.uk/v1/file/50004288";
            return false;
        }

        uri = parsed;
        problem = null;
        return true;
    }

    private void ReadId(ref Utf8JsonReader reader, string path, string what, out string? id, out long offset)
    {
        id = null;
        if (ReadString(ref reader, path, out string? text, out offset))
        {
            if (text.Length == 0)
            {
                Add(DiagnosticCodes.InvalidValue, path, offset, $"A {what} must not be empty");
            }
            else
            {
                id = text;
            }
        }
    }

    private void ReadDate(ref Utf8JsonReader reader, string path, out LocalDate? date, out long offset)
    {
        date = null;
        if (!ReadString(ref reader, path, out string? text, out offset))
        {
            return;
        }

        if (IsoDate.TryParse(text, out var value, out string? problem))
        {
            date = value;
        }
        else
        {
            Add(DiagnosticCodes.InvalidValue, path, offset, problem!);
        }
    }

    private bool ReadString(ref Utf8JsonReader reader, string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value, out long offset)
    {
        offset = reader.TokenStartIndex;
        value = null;
        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, path, "a string");
            return false;
        }

        try
        {
            value = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            Add(DiagnosticCodes.InvalidValue, path, offset, "The string is not valid Unicode: it escapes an unpaired surrogate (\\uD800 to \\uDFFF)");
            return false;
        }
    }

    /// <summary>
    /// Whether a judgement id is seen for the first time: a scan of the ids so far while they are few, a hash set
    /// once there are more than 16.
    /// </summary>
    private static bool IsNewId(List<string> ids, ref HashSet<string>? manyIds, string id)
    {
        if (manyIds is not null)
        {
            return manyIds.Add(id);
        }

        foreach (string seen in ids)
        {
            if (string.Equals(seen, id, StringComparison.Ordinal))
            {
                return false;
            }
        }

        ids.Add(id);
        if (ids.Count > 16)
        {
            manyIds = new HashSet<string>(ids, StringComparer.Ordinal);
        }

        return true;
    }

    /// <summary>Reads the string the reader is on; false, reporting nothing, when it escapes an unpaired surrogate.</summary>
    private static bool TryGetString(ref Utf8JsonReader reader, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
    {
        try
        {
            value = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            value = null;
            return false;
        }
    }

    private bool TryGetText(ref Utf8JsonReader reader, string parentPath, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text)
    {
        try
        {
            text = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            Add(DiagnosticCodes.MalformedDocument, parentPath, reader.TokenStartIndex,
                "A property name is not valid Unicode: it escapes an unpaired surrogate (\\uD800 to \\uDFFF)");
            text = null;
            return false;
        }
    }

    /// <summary>
    /// Whether the property name the reader is on can be compared with the known names: a name that escapes an
    /// unpaired surrogate (<c>"\ud800"</c>) cannot (the JSON reader throws on comparing it), so it is reported as INS001
    /// and its value skipped.
    /// </summary>
    private bool IsReadableName(ref Utf8JsonReader reader, string parentPath)
    {
        if (!reader.ValueIsEscaped || TryGetText(ref reader, parentPath, out _))
        {
            return true;
        }

        SkipValue(ref reader, parentPath);
        return false;
    }

    private bool ExpectObject(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        WrongType(ref reader, path, "an object");
        return false;
    }

    private bool IsNull(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType != JsonTokenType.Null)
        {
            return false;
        }

        Add(DiagnosticCodes.MalformedDocument, path, reader.TokenStartIndex, "null is not allowed: give a value, or leave an optional property out");
        return true;
    }

    private void WrongType(ref Utf8JsonReader reader, string path, string expected)
    {
        Add(DiagnosticCodes.InvalidValue, path, reader.TokenStartIndex, $"Expected {expected}, but found {Describe(reader.TokenType)}");
        SkipContainer(ref reader, path);
    }

    private bool FirstTime(ref Utf8JsonReader reader, ref Seen seen, Seen property, string path, long nameOffset)
    {
        if ((seen & property) == 0)
        {
            seen |= property;
            return true;
        }

        Add(DiagnosticCodes.MalformedDocument, path, nameOffset, $"Property '{path[(path.LastIndexOf('.') + 1)..]}' is given twice; give each property once");
        SkipValue(ref reader, path);
        return false;
    }

    private void UnknownProperty(ref Utf8JsonReader reader, string parentPath, long nameOffset, string[] known, string what)
    {
        string path = parentPath;
        if (TryGetText(ref reader, parentPath, out string? name))
        {
            path = JsonPaths.Property(parentPath, name);
            string hint = string.Empty;
            foreach (string candidate in known)
            {
                if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
                {
                    hint = $" (names are case-sensitive: did you mean '{candidate}'?)";
                }
            }

            Add(DiagnosticCodes.MalformedDocument, path, nameOffset,
                $"Unknown property '{Shorten(name)}'{hint}: the properties of {what} are {string.Join(", ", known, 0, known.Length - 1)} and {known[^1]}, and no others are accepted");
        }

        SkipValue(ref reader, path);
    }

    private void RequireAll(Seen seen, Seen required, string parentPath, long objectOffset)
    {
        for (int bit = 0; bit < 18; bit++)
        {
            var property = (Seen)(1 << bit);
            if ((required & property) != 0 && (seen & property) == 0)
            {
                string name = PropertyName(property);
                Add(DiagnosticCodes.MissingProperty, JsonPaths.Property(parentPath, name), objectOffset,
                    $"Required property '{name}' is missing from {(parentPath == JsonPaths.Root ? "the document" : parentPath)}");
            }
        }
    }

    /// <summary>Reads the value after a property name and skips it, whatever it is.</summary>
    private void SkipValue(ref Utf8JsonReader reader, string path)
    {
        if (!Next(ref reader))
        {
            return;
        }

        SkipContainer(ref reader, path);
    }

    /// <summary>
    /// Skips the container the reader is on (nothing for a scalar), enforcing the nesting limit: a document may
    /// nest at most <see cref="InspectionJson.MaxDepth"/> levels, the document object being level 1.
    /// </summary>
    private void SkipContainer(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        int depth = reader.CurrentDepth;
        while (true)
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= InspectionJson.MaxDepth)
            {
                Add(DiagnosticCodes.MalformedDocument, path, reader.TokenStartIndex,
                    $"The document nests deeper than {InspectionJson.MaxDepth} levels, the limit");
                _stopped = true;
                return;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == depth)
            {
                return;
            }

            if (!Next(ref reader))
            {
                return;
            }
        }
    }

    /// <summary>Reads the next token; the end of the input inside the document is an INS001 problem that stops reading.</summary>
    private bool Next(ref Utf8JsonReader reader)
    {
        if (reader.Read())
        {
            return true;
        }

        Add(DiagnosticCodes.MalformedDocument, _context, _utf8.Length, "The document ends before its object is closed");
        _stopped = true;
        return false;
    }

    private Inspection? Build()
    {
        var d = _draft;
        if (!d.SchemaRead || d.Framework is null || d.Visit is null || !d.SubjectRead || d.Kind is null || d.Name is null
            || !d.FieldworkRead || d.Start is null || d.End is null || !d.JudgementsRead || d.Judgements is null)
        {
            return null; // unreachable without a diagnostic; kept so that a gap in the checks cannot throw
        }

        return new Inspection(
            d.Framework,
            d.Visit,
            new InspectionSubject(d.Kind.Value, d.Name, d.Gss, d.La),
            new Fieldwork(d.Start.Value, d.End.Value),
            JudgementGrades.Create(d.Judgements))
        {
            Published = d.Published,
            Recommendations = d.Recommendations is null ? ImmutableArray<Recommendation>.Empty : d.Recommendations.ToImmutableArray(),
            Source = d.Source,
            Notes = d.Notes,
        };
    }

    private void Add(string code, string path, long offset, string problem)
    {
        if (_stopped)
        {
            return;
        }

        var (line, position) = Locate(offset);
        string message = FormattableString.Invariant($"{problem} (line {line}, byte offset {position}).");
        AddDiagnostic(new Diagnostic(code, DiagnosticSeverity.Error, path, message, line, position));
    }

    private void AddDiagnostic(Diagnostic diagnostic)
    {
        // Once reading has stopped (the limit, bad JSON, the nesting limit), nothing more is added: the JSON reader
        // may still throw on the value after the problem that stopped it.
        if (_stopped)
        {
            return;
        }

        _diagnostics ??= ImmutableArray.CreateBuilder<Diagnostic>();
        _diagnostics.Add(diagnostic);
        if (_diagnostics.Count >= MaxReadingDiagnostics)
        {
            var (line, position) = (diagnostic.Line ?? _firstLine, diagnostic.BytePositionInLine ?? 0);
            _diagnostics.Add(new Diagnostic(DiagnosticCodes.MalformedDocument, DiagnosticSeverity.Error, JsonPaths.Root,
                $"Reading stopped after {MaxReadingDiagnostics} problems (line {line}, byte offset {position}).", line, position));
            _stopped = true;
        }
    }

    private void AddSyntaxError(JsonException e)
    {
        string message = e.Message;
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        // The reader's own advice is about its options, which a document's author cannot change.
        int advice = message.IndexOf(" Change the reader options", StringComparison.Ordinal);
        if (advice > 0)
        {
            message = message[..advice];
        }

        message = message.TrimEnd('.', ' ');
        var (line, position) = LineIndex.FromReader(e.LineNumber ?? 0, e.BytePositionInLine ?? 0, _firstLine, _firstLineByteOffset);
        AddDiagnostic(new Diagnostic(DiagnosticCodes.MalformedDocument, DiagnosticSeverity.Error, _context,
            $"Not valid JSON: {message} (line {line}, byte offset {position}).", line, position));
        _stopped = true;
    }

    private (int Line, long BytePositionInLine) Locate(long offset)
    {
        _lines ??= new LineIndex(_utf8[..Math.Min(_utf8.Length, InspectionJson.MaxDocumentBytes)], _firstLine, _firstLineByteOffset);
        return _lines.Locate(Math.Max(0, offset));
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        Span<char> buffer = stackalloc char[1024];
        int length = utf8.Length;
        int consumed = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(utf8, buffer, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            consumed += read;
            if (status != System.Buffers.OperationStatus.DestinationTooSmall)
            {
                return Math.Min(consumed, length - 1);
            }

            utf8 = utf8[read..];
        }
    }

    private static Seen MatchRoot(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("schema"u8) ? Seen.Schema
        : reader.ValueTextEquals("framework"u8) ? Seen.Framework
        : reader.ValueTextEquals("visit"u8) ? Seen.Visit
        : reader.ValueTextEquals("subject"u8) ? Seen.Subject
        : reader.ValueTextEquals("fieldwork"u8) ? Seen.Fieldwork
        : reader.ValueTextEquals("published"u8) ? Seen.Published
        : reader.ValueTextEquals("judgements"u8) ? Seen.Judgements
        : reader.ValueTextEquals("recommendations"u8) ? Seen.Recommendations
        : reader.ValueTextEquals("source"u8) ? Seen.Source
        : reader.ValueTextEquals("notes"u8) ? Seen.Notes
        : Seen.None;

    private static string RootPath(Seen property) => property switch
    {
        Seen.Schema => JsonPaths.Schema,
        Seen.Framework => JsonPaths.Framework,
        Seen.Visit => JsonPaths.Visit,
        Seen.Subject => JsonPaths.Subject,
        Seen.Fieldwork => JsonPaths.Fieldwork,
        Seen.Published => JsonPaths.Published,
        Seen.Judgements => JsonPaths.Judgements,
        Seen.Recommendations => JsonPaths.Recommendations,
        Seen.Source => JsonPaths.Source,
        _ => JsonPaths.Notes,
    };

    private static string PropertyName(Seen property) => property switch
    {
        Seen.Schema => "schema",
        Seen.Framework => "framework",
        Seen.Visit => "visit",
        Seen.Subject => "subject",
        Seen.Fieldwork => "fieldwork",
        Seen.Judgements => "judgements",
        Seen.Kind => "kind",
        Seen.Name => "name",
        Seen.Start => "start",
        Seen.End => "end",
        Seen.Text => "text",
        _ => property.ToString().ToLowerInvariant(),
    };

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => "nothing",
    };

    /// <summary>A number as written, shortened for a message: a hostile document may write a number of a million digits.</summary>
    private static string NumberText(ref Utf8JsonReader reader) =>
        Shorten(Encoding.UTF8.GetString(reader.ValueSpan.Slice(0, Math.Min(reader.ValueSpan.Length, 61)).ToArray()));

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
