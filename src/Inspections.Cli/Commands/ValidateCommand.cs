using System;
using System.Buffers;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Text.Json;
using Inspections.Cli.Output;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;

namespace Inspections.Cli.Commands;

/// <summary>
/// <c>inspections validate PATH...</c>: validates each .json / .jsonl file (folders recursively). Output is streamed:
/// each diagnostic is written as it is found and none is kept, so a <c>.jsonl</c> file of any length is validated in
/// bounded memory, in text and in JSON.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>How many files make a run large enough for a progress line.</summary>
    public const int ProgressThreshold = 200;

    /// <summary>How much JSON output is gathered before it is written out.</summary>
    private const int JsonChunkBytes = 64 * 1024;

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files (.json: one document; .jsonl: one document per line) or folders (every such file in them, recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format();
        var command = new Command("validate", "Validate inspection documents against their framework.") { paths, format };
        command.SetAction(parsed => Run(context, parsed.GetValue(paths)!, parsed.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string[] paths, string format)
    {
        // Each path on its own, so that a folder holding no document is told apart (nothing to validate: a usage error).
        var (files, missing, folders, links) = (new List<string>(), new List<string>(), new List<(string Path, string Reason)>(), new List<string>());
        var empty = new List<string>();
        foreach (string path in paths)
        {
            var found = DocumentFiles.Expand([path]);
            files.AddRange(found.Files);
            missing.AddRange(found.Missing);
            folders.AddRange(found.Unreadable);
            links.AddRange(found.LinksNotFollowed);
            if (found.Files.Count == 0 && found.Unreadable.Count == 0 && Directory.Exists(path))
            {
                empty.Add(path);
            }
        }

        foreach (var link in links)
        {
            context.Error.WriteLine($"inspections: {Printable.Escape(link)}: a link to a folder, not followed; name it to validate what it holds.");
        }

        foreach (var path in missing)
        {
            context.Error.WriteLine($"inspections: {Printable.Escape(path)}: no such file or folder.");
        }

        foreach (var (path, reason) in folders)
        {
            context.Error.WriteLine($"inspections: {Printable.Escape(path)}: cannot be read: {Printable.Escape(reason)}");
        }

        foreach (var path in empty)
        {
            context.Error.WriteLine($"inspections: {Printable.Escape(path)}: no .json or .jsonl file in it; nothing to validate.");
        }

        bool unreadable = missing.Count > 0 || folders.Count > 0 || empty.Count > 0;

        using var sink = format == CommonOptions.Json ? new JsonSink(context.Out) : (Sink)new TextSink(context.Out);
        bool progress = context.ErrorIsTerminal && files.Count > ProgressThreshold;
        int valid = 0, invalid = 0, reported = 0;
        long warnings = 0;
        for (int i = 0; i < files.Count; i++)
        {
            var outcome = ValidateFile(files[i], context, sink, ref unreadable, ref warnings);
            if (outcome is { } isValid)
            {
                reported++;
                _ = isValid ? valid++ : invalid++;
            }

            if (progress)
            {
                context.Error.Write($"\rvalidated {i + 1} of {files.Count} files");
            }
        }

        if (progress)
        {
            context.Error.WriteLine();
        }

        sink.Summary(reported, valid, invalid, warnings);
        return unreadable ? ExitCodes.UsageError : invalid > 0 ? ExitCodes.Invalid : ExitCodes.Success;
    }

    /// <summary>Validates one file, writing its diagnostics as they come; null when the file could not be read at all.</summary>
    private static bool? ValidateFile(string path, CliContext context, Sink sink, ref bool unreadable, ref long warnings)
    {
        bool valid = true, started = false;
        try
        {
            if (DocumentFiles.IsJsonLines(path))
            {
                using var stream = FileInput.OpenRead(path, context, FileInput.MaxJsonLinesBytes);
                foreach (var result in InspectionJson.ReadLines(stream))
                {
                    foreach (var d in result.Diagnostics)
                    {
                        Begin(ref started);
                        sink.Diagnostic(d);
                        warnings += d.Severity == DiagnosticSeverity.Warning ? 1 : 0;
                    }

                    valid &= result.IsValid;
                }
            }
            else
            {
                // The reader reads at most 1 MiB and a byte: /dev/zero is a document too large, not an endless read.
                InspectionReadResult result;
                using (var stream = FileInput.OpenRead(path, context, long.MaxValue))
                {
                    result = InspectionJson.Read(stream);
                }

                foreach (var d in result.Diagnostics)
                {
                    Begin(ref started);
                    sink.Diagnostic(d);
                    warnings += d.Severity == DiagnosticSeverity.Warning ? 1 : 0;
                }

                valid = result.IsValid;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"inspections: {Printable.Escape(path)}: cannot be read: {Printable.Escape(e.Message)}");
            unreadable = true;
            if (!started)
            {
                return null;
            }

            // Lines of a .jsonl file read before the failure are still reported; the file is not valid.
            valid = false;
        }

        if (!started)
        {
            sink.BeginFile(path);
        }

        sink.EndFile(valid);
        return valid;

        void Begin(ref bool begun)
        {
            if (!begun)
            {
                sink.BeginFile(path);
                begun = true;
            }
        }
    }

    /// <summary>Where results go: text lines or one JSON object, written as they come.</summary>
    private abstract class Sink : IDisposable
    {
        public abstract void BeginFile(string path);

        public abstract void Diagnostic(Diagnostic diagnostic);

        public abstract void EndFile(bool valid);

        public abstract void Summary(int files, int valid, int invalid, long warnings);

        public virtual void Dispose()
        {
        }
    }

    /// <summary><c>PATH:LINE: severity CODE: message</c>, one line each, then the summary line.</summary>
    private sealed class TextSink(TextWriter output) : Sink
    {
        private string _path = string.Empty;

        public override void BeginFile(string path) => _path = path;

        public override void Diagnostic(Diagnostic diagnostic) => output.WriteLine(DiagnosticText.Line(_path, diagnostic));

        public override void EndFile(bool valid)
        {
        }

        public override void Summary(int files, int valid, int invalid, long warnings) =>
            output.WriteLine($"{files} files, {valid} valid, {invalid} invalid, {warnings} warnings");
    }

    /// <summary>
    /// The contract's JSON (<c>{ "files": [ { "path", "diagnostics": [...], "valid" } ], "summary": {...} }</c>), written
    /// with a Utf8JsonWriter in chunks: "valid" comes after the diagnostics, as it is known only once they are all read.
    /// </summary>
    private sealed class JsonSink : Sink
    {
        private readonly TextWriter _output;
        private readonly ArrayBufferWriter<byte> _buffer = new(JsonChunkBytes * 2);
        private readonly Utf8JsonWriter _json;

        public JsonSink(TextWriter output)
        {
            _output = output;
            _json = new Utf8JsonWriter(_buffer, CliJsonContext.WriterOptions);
            _json.WriteStartObject();
            _json.WriteStartArray("files");
        }

        public override void BeginFile(string path)
        {
            _json.WriteStartObject();
            // A name with bytes that are not UTF-8 cannot be a JSON string as it is: it is written as printed (bad-\xFF.json).
            _json.WriteString("path", NativePaths.HasEscapedBytes(path) ? Printable.Escape(path) : path);
            _json.WriteStartArray("diagnostics");
        }

        public override void Diagnostic(Diagnostic d)
        {
            _json.WriteStartObject();
            _json.WriteString("code", d.Code);
            _json.WriteString("severity", Words.Of(d.Severity));
            _json.WriteString("path", d.Path);
            if (d.Line is { } line)
            {
                _json.WriteNumber("line", line);
            }
            else
            {
                _json.WriteNull("line");
            }

            _json.WriteString("message", d.Message);
            _json.WriteEndObject();
            Drain(force: false);
        }

        public override void EndFile(bool valid)
        {
            _json.WriteEndArray();
            _json.WriteBoolean("valid", valid);
            _json.WriteEndObject();
            Drain(force: false);
        }

        public override void Summary(int files, int valid, int invalid, long warnings)
        {
            _json.WriteEndArray();
            _json.WriteStartObject("summary");
            _json.WriteNumber("files", files);
            _json.WriteNumber("valid", valid);
            _json.WriteNumber("invalid", invalid);
            _json.WriteNumber("warnings", warnings);
            _json.WriteEndObject();
            _json.WriteEndObject();
            Drain(force: true);
            _output.WriteLine();
        }

        public override void Dispose()
        {
            _json.Dispose();
            base.Dispose();
        }

        private void Drain(bool force)
        {
            _json.Flush();
            if (force || _buffer.WrittenCount >= JsonChunkBytes)
            {
                _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
                _buffer.ResetWrittenCount();
            }
        }
    }
}
