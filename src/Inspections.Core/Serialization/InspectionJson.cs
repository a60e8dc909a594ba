// Kept in one file because it is the format's one public entry point: every Read/ReadAsync/Parse/TryParse/Write overload, mostly XML docs; the work is in the reader and writer types it calls.
using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Inspections.Core.Catalog;
using Inspections.Core.Validation;

namespace Inspections.Core.Serialization;

/// <summary>
/// Reads and writes inspection documents of schema <c>inspections/v1</c> (see docs/format.md): strict reading with
/// an exact diagnostic for every problem, and lossless, canonical writing.
/// </summary>
/// <remarks>
/// <para>
/// Reading is strict: an unknown, duplicate or null property, a value of the wrong type or form (a date not
/// <c>yyyy-MM-dd</c>, a grade written as a number), a document nested deeper than <see cref="MaxDepth"/> levels or
/// larger than <see cref="MaxDocumentBytes"/> is an error, reported with its code (INS001–INS003), JSON path, line
/// and byte position. Nothing a writer sent is silently dropped or coerced.
/// </para>
/// <para>
/// Writing is canonical: properties in the order of the format's table, judgements in the framework's own order,
/// absent optional properties left out, dates as <c>yyyy-MM-dd</c>, and (indented) two spaces per level, <c>\n</c>
/// line ends and a final newline. Reading then writing a document this library wrote gives the same bytes.
/// </para>
/// <para>Everything here is thread-safe and uses no reflection.</para>
/// </remarks>
public static class InspectionJson
{
    /// <summary>The value of the <c>schema</c> property of every document this version reads and writes.</summary>
    public const string Schema = "inspections/v1";

    /// <summary>The largest document read: 1 MiB (1,048,576 bytes of UTF-8). A larger one is an INS001 error.</summary>
    public const int MaxDocumentBytes = 1048576;

    /// <summary>How deeply a document may nest, the document object being level 1. Deeper is an INS001 error.</summary>
    public const int MaxDepth = 16;

    private const int KeptBufferBytes = 64 * 1024;

    // Room for a byte order mark, the largest document, and one byte more to tell that it is larger.
    private const int StreamLimit = MaxDocumentBytes + 3 + 1;

    [ThreadStatic]
    private static MemoryStream? t_stream;

    [ThreadStatic]
    private static Utf8JsonWriter? t_indentedWriter;

    [ThreadStatic]
    private static Utf8JsonWriter? t_compactWriter;

    /// <summary>
    /// How many diagnostics reading lists for one document: 100. Past them, reading problems stop the reading (the
    /// 101st diagnostic says so), and validation problems are counted, not listed (the 101st diagnostic says how many
    /// of each code there were). <see cref="Validation.InspectionValidator.Validate(Inspection, FrameworkCatalog?)"/> lists every problem.
    /// </summary>
    public const int MaxDiagnostics = 100;

    private static readonly JsonWriterOptions s_indented = new()
    {
        Indented = true,
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions s_compact = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Reads one document and, when it could be read, validates it: the result holds the inspection (or null) and
    /// every reading diagnostic, then every validation diagnostic, each with its JSON path, line and byte position.
    /// </summary>
    /// <param name="utf8Json">The document as UTF-8 (a leading byte order mark is allowed and skipped).</param>
    /// <param name="catalog">The catalog to validate against, or null for <see cref="FrameworkCatalog.Default"/>.</param>
    /// <returns>The result. Never throws, whatever the bytes.</returns>
    public static InspectionReadResult Read(ReadOnlySpan<byte> utf8Json, FrameworkCatalog? catalog = null)
    {
        int bom = HasByteOrderMark(utf8Json) ? 3 : 0;
        return InspectionDocumentReader.Read(utf8Json[bom..], 1, bom, catalog ?? FrameworkCatalog.Default, lineNumber: null);
    }

    /// <summary>Reads one document from text and, when it could be read, validates it (see <see cref="Read(ReadOnlySpan{byte}, FrameworkCatalog?)"/>).</summary>
    /// <param name="json">The document.</param>
    /// <param name="catalog">The catalog to validate against, or null for <see cref="FrameworkCatalog.Default"/>.</param>
    /// <returns>The result; text that is not valid Unicode (an unpaired surrogate) is an INS001 error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static InspectionReadResult Read(string json, FrameworkCatalog? catalog = null)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        if (!Preflight.TryEncode(json, out byte[]? utf8, out var problem))
        {
            return new InspectionReadResult(null, [problem!], lineNumber: null);
        }

        return Read(utf8, catalog);
    }

    /// <summary>
    /// Reads one document from a stream and, when it could be read, validates it (see
    /// <see cref="Read(ReadOnlySpan{byte}, FrameworkCatalog?)"/>). At most <see cref="MaxDocumentBytes"/> bytes (and a
    /// byte order mark) and one more are read, so an endless stream such as <c>/dev/zero</c> gives an INS001 error
    /// rather than exhausting memory.
    /// </summary>
    /// <param name="utf8Json">The stream, UTF-8 (a leading byte order mark is allowed and skipped); it is read, not closed.</param>
    /// <param name="catalog">The catalog to validate against, or null for <see cref="FrameworkCatalog.Default"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="IOException">Reading the stream fails.</exception>
    public static InspectionReadResult Read(Stream utf8Json, FrameworkCatalog? catalog = null)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        if (!utf8Json.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(utf8Json));
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int length = 0;
            while (length < StreamLimit)
            {
                buffer = EnsureRoom(buffer, length);
                int read = utf8Json.Read(buffer, length, Math.Min(buffer.Length, StreamLimit) - length);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return ReadBuffered(utf8Json, buffer, length, catalog);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Reads one document from a stream asynchronously and, when it could be read, validates it against
    /// <see cref="FrameworkCatalog.Default"/> (see <see cref="Read(Stream, FrameworkCatalog?)"/>).
    /// </summary>
    /// <param name="utf8Json">The stream, UTF-8 (a leading byte order mark is allowed and skipped); it is read, not closed.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="IOException">Reading the stream fails.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ValueTask<InspectionReadResult> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        ReadAsync(utf8Json, null, cancellationToken);

    /// <summary>
    /// Reads one document from a stream asynchronously and, when it could be read, validates it (see
    /// <see cref="Read(Stream, FrameworkCatalog?)"/>): at most <see cref="MaxDocumentBytes"/> bytes (and a byte order
    /// mark) and one more are read, so a request body or stream that goes on gives an INS001 error rather than
    /// exhausting memory. The document is read without blocking, then parsed and validated on the calling thread.
    /// </summary>
    /// <param name="utf8Json">The stream, UTF-8 (a leading byte order mark is allowed and skipped); it is read, not closed.</param>
    /// <param name="catalog">The catalog to validate against, or null for <see cref="FrameworkCatalog.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="IOException">Reading the stream fails.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ValueTask<InspectionReadResult> ReadAsync(Stream utf8Json, FrameworkCatalog? catalog, CancellationToken cancellationToken = default)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        if (!utf8Json.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(utf8Json));
        }

        return ReadCoreAsync(utf8Json, catalog, cancellationToken);
    }

    private static async ValueTask<InspectionReadResult> ReadCoreAsync(Stream utf8Json, FrameworkCatalog? catalog, CancellationToken cancellationToken)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int length = 0;
            while (length < StreamLimit)
            {
                buffer = EnsureRoom(buffer, length);
#if NETSTANDARD2_0
                int read = await utf8Json.ReadAsync(buffer, length, Math.Min(buffer.Length, StreamLimit) - length, cancellationToken).ConfigureAwait(false);
#else
                int read = await utf8Json.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, StreamLimit) - length), cancellationToken).ConfigureAwait(false);
#endif
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return ReadBuffered(utf8Json, buffer, length, catalog);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Doubles a pooled buffer when it is full (up to <see cref="StreamLimit"/>), copying what it holds.</summary>
    private static byte[] EnsureRoom(byte[] buffer, int length)
    {
        if (length < buffer.Length)
        {
            return buffer;
        }

        byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Min(StreamLimit, buffer.Length * 2));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    /// <summary>Reads a document read from a stream into a buffer: too large when the stream gave more than the limit.</summary>
    private static InspectionReadResult ReadBuffered(Stream stream, byte[] buffer, int length, FrameworkCatalog? catalog)
    {
        var bytes = buffer.AsSpan(0, length);
        int bom = HasByteOrderMark(bytes) ? 3 : 0;
        if (length - bom > MaxDocumentBytes)
        {
            // The stream goes on; its length is known only when it says so (a device such as /dev/zero says 0).
            long? size = stream.CanSeek && stream.Length >= length ? stream.Length - bom : null;
            return new InspectionReadResult(null, [Preflight.TooLarge(size, 1, bom)], lineNumber: null);
        }

        return Read(bytes, catalog);
    }

    /// <summary>Reads one document without validating it.</summary>
    /// <param name="utf8Json">The document as UTF-8 (a leading byte order mark is allowed and skipped).</param>
    /// <returns>The inspection.</returns>
    /// <exception cref="InspectionFormatException">
    /// The document cannot be read; the exception carries every reading problem (code, path, line and byte position).
    /// </exception>
    public static Inspection Parse(ReadOnlySpan<byte> utf8Json) =>
        TryParse(utf8Json, out var inspection, out var problems) ? inspection : throw new InspectionFormatException(problems);

    /// <summary>Reads one document from text without validating it.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The inspection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="InspectionFormatException">
    /// The document cannot be read; the exception carries every reading problem (code, path, line and byte position).
    /// </exception>
    public static Inspection Parse(string json) =>
        TryParse(json, out var inspection, out var problems) ? inspection : throw new InspectionFormatException(problems);

    /// <summary>
    /// Reads one document without validating it and without throwing: the inspection when the document can be read,
    /// otherwise every reading problem (INS001–INS003, each with its path, line and byte position).
    /// </summary>
    /// <param name="utf8Json">The document as UTF-8 (a leading byte order mark is allowed and skipped).</param>
    /// <param name="inspection">The inspection, when it could be read.</param>
    /// <param name="problems">The reading problems: empty when the document was read.</param>
    /// <returns><see langword="true"/> when the document was read (it may still be invalid: see <see cref="Validation.InspectionValidator"/>).</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out Inspection? inspection, out DiagnosticList problems)
    {
        int bom = HasByteOrderMark(utf8Json) ? 3 : 0;
        var result = InspectionDocumentReader.Read(utf8Json[bom..], 1, bom, validateWith: null, lineNumber: null);
        inspection = result.Inspection;
        problems = result.Diagnostics;
        return inspection is not null;
    }

    /// <summary>Reads one document from text without validating it and without throwing (see <see cref="TryParse(ReadOnlySpan{byte}, out Inspection?, out DiagnosticList)"/>).</summary>
    /// <param name="json">The document.</param>
    /// <param name="inspection">The inspection, when it could be read.</param>
    /// <param name="problems">The reading problems: empty when the document was read; text that is not valid Unicode is an INS001 problem.</param>
    /// <returns><see langword="true"/> when the document was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryParse(string json, [NotNullWhen(true)] out Inspection? inspection, out DiagnosticList problems)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        if (!Preflight.TryEncode(json, out byte[]? utf8, out var problem))
        {
            inspection = null;
            problems = new DiagnosticList([problem!]);
            return false;
        }

        return TryParse(utf8, out inspection, out problems);
    }

    /// <summary>
    /// Reads a <c>.jsonl</c> stream: one document per line, blank lines skipped, each document read and validated
    /// on its own. Each result's <see cref="InspectionReadResult.LineNumber"/>, and every diagnostic's line, is the
    /// line of the file; a line that cannot be read does not stop the lines after it.
    /// </summary>
    /// <param name="utf8Jsonl">The stream, UTF-8 (a byte order mark at the start is skipped); lines end with <c>\n</c> or <c>\r\n</c>.</param>
    /// <param name="catalog">The catalog to validate against, or null for <see cref="FrameworkCatalog.Default"/>.</param>
    /// <returns>The results, in line order, read lazily as the sequence is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Jsonl"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Jsonl"/> cannot be read.</exception>
    /// <exception cref="IOException">Reading the stream fails (thrown while enumerating).</exception>
    public static IEnumerable<InspectionReadResult> ReadLines(Stream utf8Jsonl, FrameworkCatalog? catalog = null)
    {
        if (utf8Jsonl is null)
        {
            throw new ArgumentNullException(nameof(utf8Jsonl));
        }

        if (!utf8Jsonl.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(utf8Jsonl));
        }

        return JsonLinesReader.Read(utf8Jsonl, catalog ?? FrameworkCatalog.Default);
    }

    /// <summary>
    /// Reads a <c>.jsonl</c> stream asynchronously, such as a request body or a network stream: the same results as <see cref="ReadLines"/> for the same bytes (one
    /// document per line, blank lines skipped, each read and validated on its own, each result and diagnostic naming
    /// the line of the file, a line over <see cref="MaxDocumentBytes"/> an INS001 error that does not stop the lines
    /// after it), without blocking on the stream. At most one line (1 MiB and a few bytes) is held in memory at a time,
    /// so a stream that goes on is read line by line, never into memory; the caller decides how many lines to take.
    /// Each line is parsed and validated on the thread that enumerates.
    /// </summary>
    /// <param name="utf8Jsonl">The stream, UTF-8 (a byte order mark at the start is skipped); lines end with <c>\n</c> or <c>\r\n</c>. It is read, not closed.</param>
    /// <param name="catalog">The catalog to validate against, or null for <see cref="FrameworkCatalog.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading the stream (as does <c>WithCancellation</c> on the result).</param>
    /// <returns>The results, in line order, read as the sequence is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Jsonl"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Jsonl"/> cannot be read.</exception>
    /// <remarks>
    /// Reading the stream may throw <see cref="IOException"/>, and cancelling <see cref="OperationCanceledException"/>,
    /// while enumerating.
    /// </remarks>
    public static IAsyncEnumerable<InspectionReadResult> ReadLinesAsync(Stream utf8Jsonl, FrameworkCatalog? catalog = null, CancellationToken cancellationToken = default)
    {
        if (utf8Jsonl is null)
        {
            throw new ArgumentNullException(nameof(utf8Jsonl));
        }

        if (!utf8Jsonl.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(utf8Jsonl));
        }

        return JsonLinesReader.ReadAsync(utf8Jsonl, catalog ?? FrameworkCatalog.Default, cancellationToken: cancellationToken);
    }

    /// <summary>Writes an inspection as a UTF-8 document in canonical form.</summary>
    /// <param name="inspection">The inspection.</param>
    /// <param name="catalog">The catalog that gives the framework's judgement order, or null for <see cref="FrameworkCatalog.Default"/>.</param>
    /// <param name="indented">
    /// True (the default) for the form meant for files: two spaces per level, <c>\n</c> line ends and a final
    /// newline. False for one line with no spaces and no final newline, as a <c>.jsonl</c> line.
    /// </param>
    /// <returns>The document's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inspection"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The inspection holds something no document can hold so that it reads back equal: text with an unpaired
    /// surrogate, a date outside the years 0001–9999, a source whose text is not an absolute http(s) URI without white space,
    /// or neither fieldwork nor a publication date; or, written in the form asked for, it is larger than <see cref="MaxDocumentBytes"/>, which the reader would refuse.
    /// </exception>
    public static byte[] WriteToUtf8Bytes(Inspection inspection, FrameworkCatalog? catalog = null, bool indented = true)
    {
        if (inspection is null)
        {
            throw new ArgumentNullException(nameof(inspection));
        }

        // The stream and the writer (whose own buffer the writer sizes for the worst case of every string, several
        // times the document) are kept for the thread's next document: taken while in use, dropped after a large one.
        var stream = t_stream ?? new MemoryStream(4096);
        var writer = (indented ? t_indentedWriter : t_compactWriter) ?? new Utf8JsonWriter(stream, indented ? s_indented : s_compact);
        t_stream = null;
        if (indented)
        {
            t_indentedWriter = null;
        }
        else
        {
            t_compactWriter = null;
        }

        try
        {
            writer.Reset(stream);
            InspectionDocumentWriter.Write(writer, inspection, catalog ?? FrameworkCatalog.Default);
            writer.Flush();
            if (indented)
            {
                stream.WriteByte((byte)'\n');
            }

            if (SizeProblem(stream.Length, indented) is { } tooLarge)
            {
                throw new ArgumentException(tooLarge, nameof(inspection));
            }

            return stream.ToArray();
        }
        finally
        {
            stream.SetLength(0);
            if (stream.Capacity <= KeptBufferBytes)
            {
                t_stream = stream;
                if (indented)
                {
                    t_indentedWriter = writer;
                }
                else
                {
                    t_compactWriter = writer;
                }
            }
        }
    }

    /// <summary>Writes an inspection as text in canonical form (see <see cref="WriteToUtf8Bytes"/>).</summary>
    /// <param name="inspection">The inspection.</param>
    /// <param name="catalog">The catalog that gives the framework's judgement order, or null for <see cref="FrameworkCatalog.Default"/>.</param>
    /// <param name="indented">True (the default) for the indented form with a final newline; false for one line.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inspection"/> is null.</exception>
    /// <exception cref="ArgumentException">The inspection holds something no document can hold so that it reads back equal (see <see cref="WriteToUtf8Bytes"/>).</exception>
    public static string Write(Inspection inspection, FrameworkCatalog? catalog = null, bool indented = true) =>
        Encoding.UTF8.GetString(WriteToUtf8Bytes(inspection, catalog, indented));

    /// <summary>Writes an inspection to a stream as a UTF-8 document in canonical form (see <see cref="WriteToUtf8Bytes"/>).</summary>
    /// <param name="utf8Json">The stream; written, not closed or flushed.</param>
    /// <param name="inspection">The inspection.</param>
    /// <param name="catalog">The catalog that gives the framework's judgement order, or null for <see cref="FrameworkCatalog.Default"/>.</param>
    /// <param name="indented">True (the default) for the indented form with a final newline; false for one line.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="inspection"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The stream cannot be written, or the inspection holds something no document can hold so that it reads back
    /// equal (see <see cref="WriteToUtf8Bytes"/>); nothing is written then.
    /// </exception>
    /// <exception cref="IOException">Writing to the stream fails.</exception>
    public static void Write(Stream utf8Json, Inspection inspection, FrameworkCatalog? catalog = null, bool indented = true)
    {
        byte[] bytes = WriteChecked(utf8Json, inspection, catalog, indented);
        utf8Json.Write(bytes, 0, bytes.Length);
    }

    /// <summary>
    /// Writes an inspection to a stream asynchronously as a UTF-8 document in canonical, indented form (see
    /// <see cref="WriteToUtf8Bytes"/>), its judgement order from <see cref="FrameworkCatalog.Default"/>.
    /// </summary>
    /// <param name="utf8Json">The stream; written, not closed or flushed.</param>
    /// <param name="inspection">The inspection.</param>
    /// <param name="cancellationToken">Cancels writing to the stream.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="inspection"/> is null.</exception>
    /// <exception cref="ArgumentException">The stream cannot be written, or the inspection cannot be written so that it reads back equal; nothing is written then.</exception>
    /// <exception cref="IOException">Writing to the stream fails.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteAsync(Stream utf8Json, Inspection inspection, CancellationToken cancellationToken = default) =>
        WriteAsync(utf8Json, inspection, null, indented: true, cancellationToken);

    /// <summary>Writes an inspection to a stream asynchronously as a UTF-8 document in canonical form (see <see cref="WriteToUtf8Bytes"/>).</summary>
    /// <param name="utf8Json">The stream; written, not closed or flushed.</param>
    /// <param name="inspection">The inspection.</param>
    /// <param name="catalog">The catalog that gives the framework's judgement order, or null for <see cref="FrameworkCatalog.Default"/>.</param>
    /// <param name="indented">True (the default) for the indented form with a final newline; false for one line.</param>
    /// <param name="cancellationToken">Cancels writing to the stream.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="inspection"/> is null.</exception>
    /// <exception cref="ArgumentException">The stream cannot be written, or the inspection cannot be written so that it reads back equal; nothing is written then.</exception>
    /// <exception cref="IOException">Writing to the stream fails.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteAsync(Stream utf8Json, Inspection inspection, FrameworkCatalog? catalog, bool indented = true, CancellationToken cancellationToken = default)
    {
        byte[] bytes = WriteChecked(utf8Json, inspection, catalog, indented);
#if NETSTANDARD2_0
        return utf8Json.WriteAsync(bytes, 0, bytes.Length, cancellationToken);
#else
        return utf8Json.WriteAsync(bytes.AsMemory(), cancellationToken).AsTask();
#endif
    }

    private static byte[] WriteChecked(Stream utf8Json, Inspection inspection, FrameworkCatalog? catalog, bool indented)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        if (!utf8Json.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(utf8Json));
        }

        return WriteToUtf8Bytes(inspection, catalog, indented);
    }

    /// <summary>
    /// Writes an inspection as one JSON object to a writer, in canonical property and judgement order, using the
    /// writer's own options (indentation, encoder); no newline is added.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="inspection">The inspection.</param>
    /// <param name="catalog">The catalog that gives the framework's judgement order, or null for <see cref="FrameworkCatalog.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="inspection"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The inspection holds something no document can hold so that it reads back equal (see <see cref="WriteToUtf8Bytes"/>), or,
    /// written on its own with the writer's options, it is larger than <see cref="MaxDocumentBytes"/>; nothing is written then.
    /// </exception>
    /// <exception cref="InvalidOperationException">The writer is not where a value can be written.</exception>
    public static void Write(Utf8JsonWriter writer, Inspection inspection, FrameworkCatalog? catalog = null)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (inspection is null)
        {
            throw new ArgumentNullException(nameof(inspection));
        }

        // Measured first on its own, so that a document the reader would refuse is never begun on the caller's writer.
        using (var measure = new MemoryStream(4096))
        {
            using (var scratch = new Utf8JsonWriter(measure, writer.Options))
            {
                InspectionDocumentWriter.Write(scratch, inspection, catalog ?? FrameworkCatalog.Default);
            }

            if (SizeProblem(measure.Length, writer.Options.Indented) is { } tooLarge)
            {
                throw new ArgumentException(tooLarge, nameof(inspection));
            }
        }

        InspectionDocumentWriter.Write(writer, inspection, catalog ?? FrameworkCatalog.Default);
    }

    /// <summary>Why a written document is too large for the reader, or null.</summary>
    private static string? SizeProblem(long written, bool indented) =>
        written <= MaxDocumentBytes
            ? null
            : FormattableString.Invariant($"Written {(indented ? "indented" : "on one line")}, the inspection is {written:N0} bytes, and a document may be at most 1 MiB ({MaxDocumentBytes:N0} bytes): the reader would refuse it. The limit counts the bytes written, escapes and indentation included (a character outside the Basic Multilingual Plane, such as an emoji, is written as a 12-byte escape).");

    internal static bool HasByteOrderMark(ReadOnlySpan<byte> utf8) =>
        utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF;
}
