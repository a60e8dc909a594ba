using System;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using Inspections.Core.Documents;

namespace Inspections.Core.Serialization;

/// <summary>
/// The one loop that reads an object of the document by its <see cref="ObjectShape"/> (next token, end, name,
/// match, unknown, duplicate, null, value, missing), and the token helpers the value readers share.
/// </summary>
/// <remarks>
/// Diagnostics about a property's name (unknown, duplicate) point at the name; those about a value (null, wrong
/// type or form) at the value; a missing property at the <c>{</c> of the object that lacks it. Reading goes on after
/// a problem that leaves the JSON readable, so one pass reports every such problem.
/// </remarks>
internal static class ObjectWalker
{
    /// <summary>Reads an object; the reader is on its <c>{</c>, and is left on its <c>}</c> (or where reading stopped).</summary>
    /// <param name="reader">The JSON reader.</param>
    /// <param name="state">The reading state.</param>
    /// <param name="shape">The object's shape.</param>
    /// <param name="target">The object (with its index when it is an array's item).</param>
    public static void Walk(ref Utf8JsonReader reader, ReadingState state, ObjectShape shape, DocumentTarget target)
    {
        long objectOffset = reader.TokenStartIndex;
        if (target.Index < 0)
        {
            state.Map.Set(target.Property, objectOffset);
        }

        ulong seen = 0;
        while (!state.Stopped)
        {
            state.Context = target;
            if (!Next(ref reader, state) || reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            long nameOffset = reader.TokenStartIndex;
            if (!IsReadableName(ref reader, state, target))
            {
                continue;
            }

            int match = shape.Match(ref reader);
            if (match < 0)
            {
                UnknownProperty(ref reader, state, target, nameOffset, shape);
                continue;
            }

            var property = shape.Properties[match];
            var propertyTarget = target.Child(property.Property);
            ulong bit = 1UL << match;
            if ((seen & bit) != 0)
            {
                state.Add(ReadingProblems.GivenTwice, propertyTarget, nameOffset, property.Name);
                SkipValue(ref reader, state, propertyTarget);
                continue;
            }

            seen |= bit;
            if (shape.ValuesHaveOwnContext)
            {
                state.Context = propertyTarget;
            }

            if (!Next(ref reader, state))
            {
                break;
            }

            if (!IsNull(ref reader, state, propertyTarget))
            {
                property.Read(ref reader, state, propertyTarget);
            }
        }

        if (!state.Stopped)
        {
            RequireAll(state, shape, seen, target, objectOffset);
        }
    }

    /// <summary>Reads an object-valued property by its shape, or reports that the value is not an object.</summary>
    public static void WalkValue(ref Utf8JsonReader reader, ReadingState state, ObjectShape shape, DocumentTarget target)
    {
        if (ExpectObject(ref reader, state, target))
        {
            Walk(ref reader, state, shape, target);
        }
    }

    /// <summary>Reads the next token; the end of the input inside the document is a problem that stops reading.</summary>
    public static bool Next(ref Utf8JsonReader reader, ReadingState state)
    {
        if (reader.Read())
        {
            return true;
        }

        state.Add(ReadingProblems.EndsEarly, state.Context, state.Length);
        state.Stopped = true;
        return false;
    }

    /// <summary>Whether the reader is on null, which is reported.</summary>
    public static bool IsNull(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target)
    {
        if (reader.TokenType != JsonTokenType.Null)
        {
            return false;
        }

        state.Add(ReadingProblems.Null, target, reader.TokenStartIndex);
        return true;
    }

    /// <summary>Whether the reader is on an object; otherwise the wrong type is reported and the value skipped.</summary>
    public static bool ExpectObject(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        WrongType(ref reader, state, target, "an object");
        return false;
    }

    /// <summary>Reports a value of the wrong type and skips it.</summary>
    public static void WrongType(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target, string expected)
    {
        state.Add(ReadingProblems.WrongType, target, reader.TokenStartIndex, expected, Describe(reader.TokenType));
        SkipContainer(ref reader, state, target);
    }

    /// <summary>Reads a string value, reporting a value of another type or a string that escapes an unpaired surrogate.</summary>
    public static bool ReadString(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target, [NotNullWhen(true)] out string? value, out long offset)
    {
        offset = reader.TokenStartIndex;
        value = null;
        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, state, target, "a string");
            return false;
        }

        if (TryGetString(ref reader, out value))
        {
            return true;
        }

        state.Add(ReadingProblems.StringNotUnicode, target, offset);
        return false;
    }

    /// <summary>Reads the string the reader is on; false, reporting nothing, when it escapes an unpaired surrogate.</summary>
    public static bool TryGetString(ref Utf8JsonReader reader, [NotNullWhen(true)] out string? value)
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

    /// <summary>Reads a property name; one that escapes an unpaired surrogate is reported.</summary>
    public static bool TryGetName(ref Utf8JsonReader reader, ReadingState state, DocumentTarget parent, [NotNullWhen(true)] out string? name)
    {
        if (TryGetString(ref reader, out name))
        {
            return true;
        }

        state.Add(ReadingProblems.NameNotUnicode, parent, reader.TokenStartIndex);
        return false;
    }

    /// <summary>Reads the value after a property name and skips it, whatever it is.</summary>
    public static void SkipValue(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target)
    {
        if (Next(ref reader, state))
        {
            SkipContainer(ref reader, state, target);
        }
    }

    /// <summary>
    /// Skips the container the reader is on (nothing for a scalar), enforcing the nesting limit: a document may
    /// nest at most <see cref="InspectionJson.MaxDepth"/> levels, the document object being level 1.
    /// </summary>
    public static void SkipContainer(ref Utf8JsonReader reader, ReadingState state, DocumentTarget target)
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
                state.Add(ReadingProblems.TooDeep, target, reader.TokenStartIndex, InspectionJson.MaxDepth);
                state.Stopped = true;
                return;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == depth)
            {
                return;
            }

            if (!Next(ref reader, state))
            {
                return;
            }
        }
    }

    /// <summary>A token in words: "an object", "a number".</summary>
    public static string Describe(JsonTokenType token) => token switch
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
    public static string NumberText(ref Utf8JsonReader reader) =>
        MessageText.Shorten(Encoding.UTF8.GetString(reader.ValueSpan.Slice(0, Math.Min(reader.ValueSpan.Length, MessageText.DefaultLength + 1)).ToArray()));

    /// <summary>
    /// Whether the property name the reader is on can be compared with the known names: a name that escapes an
    /// unpaired surrogate (<c>"\ud800"</c>) cannot (the JSON reader throws on comparing it), so it is reported and its
    /// value skipped.
    /// </summary>
    private static bool IsReadableName(ref Utf8JsonReader reader, ReadingState state, DocumentTarget parent)
    {
        if (!reader.ValueIsEscaped || TryGetName(ref reader, state, parent, out _))
        {
            return true;
        }

        SkipValue(ref reader, state, parent);
        return false;
    }

    private static void UnknownProperty(ref Utf8JsonReader reader, ReadingState state, DocumentTarget parent, long nameOffset, ObjectShape shape)
    {
        var target = parent;
        if (TryGetName(ref reader, state, parent, out string? name))
        {
            target = parent.WithMember(name);
            string hint = string.Empty;
            foreach (string candidate in shape.Names)
            {
                if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
                {
                    hint = ReadingProblems.CaseHint.FormatMessage(candidate);
                }
            }

            state.Add(ReadingProblems.UnknownProperty, target, nameOffset, MessageText.Shorten(name), hint, shape.What, MessageText.List(shape.Names));
        }

        SkipValue(ref reader, state, target);
    }

    private static void RequireAll(ReadingState state, ObjectShape shape, ulong seen, DocumentTarget target, long objectOffset)
    {
        var properties = shape.Properties;
        for (int i = 0; i < properties.Length; i++)
        {
            var property = properties[i].Property;
            if ((seen & (1UL << i)) != 0)
            {
                continue;
            }

            string where = target.Property.Parent is null ? "the document" : target.Path;
            if (property.IsRequired)
            {
                state.Add(ReadingProblems.Missing, target.Child(property), objectOffset, property.Name, where);
            }
            else if (property.RequiredUnless is { } alternative && (seen & (1UL << shape.IndexOf(alternative))) == 0)
            {
                state.Add(ReadingProblems.MissingUnless, target.Child(property), objectOffset, property.Name, where, alternative.Name);
            }
        }
    }
}
