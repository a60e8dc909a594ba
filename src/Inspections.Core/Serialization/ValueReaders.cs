// Kept in one file because each value reader is a few lines and they are found by the property they read, in the order of InspectionShape.
using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Inspections.Core.Documents;
using Inspections.Core;
using NodaTime;
using static Inspections.Core.Serialization.ObjectWalker;

namespace Inspections.Core.Serialization;

/// <summary>
/// How each property's value is read: checked, stored in the <see cref="ReadDraft"/> and its place in the
/// <see cref="SourceMap"/>, or reported with a problem from <see cref="ReadingProblems"/>.
/// </summary>
internal static class ValueReaders
{
    private static readonly byte[] SchemaUtf8 = System.Text.Encoding.UTF8.GetBytes(InspectionJson.Schema);
    private static readonly byte[] LocalAuthorityUtf8 = System.Text.Encoding.UTF8.GetBytes(Core.SubjectKind.LocalAuthority.ToId());
    private static readonly byte[] CafcassServiceAreaUtf8 = System.Text.Encoding.UTF8.GetBytes(Core.SubjectKind.CafcassServiceArea.ToId());

    public static void Schema(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target)
    {
        // The one schema, compared as bytes: its text is needed only for a message.
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && reader.ValueTextEquals(SchemaUtf8))
        {
            state.Draft.SchemaRead = true;
            return;
        }

        if (ReadString(ref reader, state, target, out string? schema, out long offset))
        {
            if (string.Equals(schema, InspectionJson.Schema, StringComparison.Ordinal))
            {
                state.Draft.SchemaRead = true;
            }
            else
            {
                state.Add(ReadingProblems.UnknownSchema, target, offset, MessageText.Shorten(schema), InspectionJson.Schema);
            }
        }
    }

    public static void Framework(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target) =>
        state.Draft.Framework = ReadId(ref reader, state, target, "framework id");

    public static void Visit(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target) =>
        state.Draft.Visit = ReadId(ref reader, state, target, "visit type id");

    public static void SubjectKind(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target)
    {
        // The two kinds compared as bytes: the text is needed only for a message.
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
        {
            Core.SubjectKind? known = reader.ValueTextEquals(LocalAuthorityUtf8) ? Core.SubjectKind.LocalAuthority
                : reader.ValueTextEquals(CafcassServiceAreaUtf8) ? Core.SubjectKind.CafcassServiceArea
                : null;
            if (known is not null)
            {
                state.Draft.Kind = known;
                state.Map.Set(target.Property, reader.TokenStartIndex);
                return;
            }
        }

        if (ReadString(ref reader, state, target, out string? text, out long offset))
        {
            if (SubjectKinds.TryParse(text, out var kind))
            {
                state.Draft.Kind = kind;
                state.Map.Set(target.Property, offset);
            }
            else
            {
                state.Add(ReadingProblems.UnknownSubjectKind, target, offset, MessageText.Shorten(text));
            }
        }
    }

    public static void SubjectName(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target)
    {
        if (ReadString(ref reader, state, target, out string? name, out long offset))
        {
            if (InspectionSubject.IsValidName(name))
            {
                state.Draft.Name = name;
                state.Map.Set(target.Property, offset);
            }
            else if (name.Length > InspectionSubject.MaxNameLength)
            {
                state.Add(ReadingProblems.NameTooLong, target, offset, InspectionSubject.MaxNameLength, name.Length);
            }
            else
            {
                state.Add(ReadingProblems.NameBlank, target, offset);
            }
        }
    }

    public static void SubjectGss(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target)
    {
        if (ReadString(ref reader, state, target, out string? gss, out long offset))
        {
            if (InspectionSubject.IsValidGss(gss))
            {
                state.Draft.Gss = gss;
                state.Map.Set(target.Property, offset);
            }
            else
            {
                state.Add(ReadingProblems.NotGss, target, offset, MessageText.Shorten(gss));
            }
        }
    }

    public static void SubjectLa(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target)
    {
        long offset = reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.Number)
        {
            WrongType(ref reader, state, target, $"a whole number from {InspectionSubject.MinLaNumber} to {InspectionSubject.MaxLaNumber} (the DfE local authority number)");
        }
        else if (!reader.TryGetInt64(out long value))
        {
            state.Add(ReadingProblems.LaNotWhole, target, offset, NumberText(ref reader));
        }
        else if (!InspectionSubject.IsValidLaNumber(value))
        {
            state.Add(ReadingProblems.LaOutOfRange, target, offset, value);
        }
        else
        {
            state.Draft.La = (int)value;
            state.Map.Set(target.Property, offset);
        }
    }

    public static void FieldworkStart(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target) =>
        state.Draft.Start = ReadDate(ref reader, state, target);

    public static void FieldworkEnd(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target) =>
        state.Draft.End = ReadDate(ref reader, state, target);

    public static void Judgements(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target)
    {
        if (!ExpectObject(ref reader, state, target))
        {
            return;
        }

        state.Map.Set(target.Property, reader.TokenStartIndex);

        // A framework grades at most a dozen judgements: the draft's lists (kept from the thread's last document),
        // ids checked by a scan until there are many.
        var judgements = state.Draft.StartJudgements();
        var ids = state.Draft.JudgementIds;
        HashSet<string>? manyIds = null;
        while (!state.Stopped)
        {
            state.Context = target;
            if (!Next(ref reader, state) || reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            long nameOffset = reader.TokenStartIndex;
            string? id = KnownIds.Find(ref reader);
            if (id is null && !TryGetName(ref reader, state, target, out id))
            {
                SkipValue(ref reader, state, target);
                continue;
            }

            // The judgement's target (and its path) is made only for a problem: a document may hold many thousands.
            if (!IsNewId(ids, ref manyIds, id))
            {
                state.Add(ReadingProblems.JudgementTwice, target.WithMember(id), nameOffset, MessageText.Shorten(id));
                SkipValue(ref reader, state, target.WithMember(id));
                continue;
            }

            if (!Next(ref reader, state))
            {
                break;
            }

            long valueOffset = reader.TokenStartIndex;
            string? grade = reader.TokenType == JsonTokenType.String ? KnownIds.Find(ref reader) : null;
            if (grade is null && (reader.TokenType != JsonTokenType.String || !TryGetString(ref reader, out grade)))
            {
                var judgement = target.WithMember(id);
                if (IsNull(ref reader, state, judgement))
                {
                    continue;
                }

                if (reader.TokenType == JsonTokenType.Number)
                {
                    state.Add(ReadingProblems.GradeAsNumber, judgement, valueOffset, NumberText(ref reader));
                }
                else
                {
                    ReadString(ref reader, state, judgement, out _, out _); // reports the wrong type or the unreadable string
                }

                continue;
            }

            if (id.Length == 0)
            {
                state.Add(ReadingProblems.EmptyJudgementId, target.WithMember(id), nameOffset);
            }
            else if (grade.Length == 0)
            {
                state.Add(ReadingProblems.EmptyGradeId, target.WithMember(id), valueOffset);
            }
            else
            {
                judgements.Add(new JudgementGrade(id, grade));
                state.Map.AddJudgement(id, valueOffset);
            }
        }

    }

    public static void NotJudged(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, state, target, "an array of judgement ids");
            return;
        }

        state.Map.Set(target.Property, reader.TokenStartIndex);

        // A duplicate id is kept: it is a validation problem (INS017), reported with the rest.
        var ids = state.Draft.List<string>(target.Property).Start();
        for (int index = 0; !state.Stopped; index++)
        {
            state.Context = target;
            if (!Next(ref reader, state) || reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            var item = DocumentTarget.At(target.Property, index);
            if (IsNull(ref reader, state, item) || !ReadString(ref reader, state, item, out string? id, out long offset))
            {
                continue;
            }

            if (id.Length == 0)
            {
                state.Add(ReadingProblems.EmptyJudgementId, item, offset);
                continue;
            }

            ids.Add(id);
            state.Map.AddNotJudged(offset);
        }

    }

    public static void Recommendations(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, state, target, "an array of recommendations");
            return;
        }

        state.Map.Set(target.Property, reader.TokenStartIndex);
        var draft = state.Draft;
        var recommendations = draft.List<Recommendation>(target.Property).Start();
        for (int index = 0; !state.Stopped; index++)
        {
            state.Context = target;
            if (!Next(ref reader, state) || reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            var item = DocumentTarget.At(target.Property, index);
            if (IsNull(ref reader, state, item) || !ExpectObject(ref reader, state, item))
            {
                continue;
            }

            long itemOffset = reader.TokenStartIndex;
            draft.Text = null;
            draft.Timescale = null;
            draft.TimescaleOffset = -1;
            Walk(ref reader, state, InspectionShape.Recommendation, item);
            if (draft.Text is not null)
            {
                recommendations.Add(new Recommendation(draft.Text, draft.Timescale));
                state.Map.AddRecommendation(itemOffset, draft.TimescaleOffset);
            }
        }

    }

    public static void RecommendationText(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target)
    {
        if (ReadString(ref reader, state, target, out string? text, out long offset))
        {
            if (Text.IsBlank(text))
            {
                state.Add(ReadingProblems.RecommendationBlank, target, offset);
            }
            else
            {
                state.Draft.Text = text;
            }
        }
    }

    public static void RecommendationTimescale(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target)
    {
        if (reader.TokenType == JsonTokenType.String && KnownIds.Find(ref reader) is { } known)
        {
            state.Draft.Timescale = known;
            state.Draft.TimescaleOffset = reader.TokenStartIndex;
            return;
        }

        if (ReadString(ref reader, state, target, out string? timescale, out long offset))
        {
            if (timescale.Length == 0)
            {
                state.Add(ReadingProblems.EmptyTimescale, target, offset);
            }
            else
            {
                state.Draft.Timescale = timescale;
                state.Draft.TimescaleOffset = offset;
            }
        }
    }

    public static void Source(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target)
    {
        if (!ReadString(ref reader, state, target, out string? text, out long offset))
        {
            return;
        }

        if (TryParseSource(text, out var uri, out var problem))
        {
            state.Draft.Slot<Uri?>(target.Property).Set(uri);
            state.Map.Set(target.Property, offset);
        }
        else
        {
            state.Add(problem, target, offset, MessageText.Shorten(text));
        }
    }

    /// <summary>Reads a source URI: absolute, http or https, no white space, as <see cref="Inspection.IsValidSource"/> requires.</summary>
    /// <param name="text">The text.</param>
    /// <param name="uri">The URI, when read; its <see cref="Uri.OriginalString"/> is <paramref name="text"/>.</param>
    /// <param name="problem">Why not, otherwise (its one argument is the text, shortened).</param>
    /// <returns><see langword="true"/> when read.</returns>
    public static bool TryParseSource(string text, [NotNullWhen(true)] out Uri? uri, [NotNullWhen(false)] out Validation.DiagnosticDescriptor? problem)
    {
        uri = null;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                problem = ReadingProblems.SourceHasSpace;
                return false;
            }
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed) || !Inspection.IsValidSource(parsed))
        {
            problem = ReadingProblems.SourceNotHttp;
            return false;
        }

        uri = parsed;
        problem = null;
        return true;
    }

    private static string? ReadId(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target, string what)
    {
        if (reader.TokenType == JsonTokenType.String && KnownIds.Find(ref reader) is { } known)
        {
            state.Map.Set(target.Property, reader.TokenStartIndex);
            return known;
        }

        if (!ReadString(ref reader, state, target, out string? text, out long offset))
        {
            return null;
        }

        if (text.Length == 0)
        {
            state.Add(ReadingProblems.EmptyId, target, offset, what);
            return null;
        }

        state.Map.Set(target.Property, offset);
        return text;
    }

    /// <summary>Reads a date, <c>yyyy-MM-dd</c>, recording where it was; a problem is reported and gives null.</summary>
    public static LocalDate? ReadDate(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target)
    {
        // A well-formed date read from its bytes; anything else goes the long way, which says what is wrong.
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
            && IsoDate.TryParse(reader.ValueSpan, out var date))
        {
            state.Map.Set(target.Property, reader.TokenStartIndex);
            return date;
        }

        if (!ReadString(ref reader, state, target, out string? text, out long offset))
        {
            return null;
        }

        if (!IsoDate.TryParse(text, out var value, out string? problem))
        {
            state.Add(ReadingProblems.BadDate, target, offset, problem);
            return null;
        }

        state.Map.Set(target.Property, offset);
        return value;
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
}
