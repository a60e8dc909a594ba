using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Inspections.Core.Documents;
using Inspections.Core.Validation;

namespace Inspections.Core.Serialization;

/// <summary>
/// The state of reading one document, shared by the walker and the value readers: what has been read
/// (<see cref="Draft"/>), where (<see cref="Map"/>), the problems found, where the reader is (for a problem found
/// by the JSON reader itself) and whether reading has stopped.
/// </summary>
/// <remarks>
/// Problems are kept with their byte offsets and given lines only at the end (<see cref="ToDiagnostics"/>), when
/// the bytes are at hand. Reading stops after <see cref="InspectionJson.MaxDiagnostics"/> problems; after that,
/// and after any problem that leaves the JSON unreadable, nothing more is added.
/// <para>
/// One state is kept per thread and reused (<see cref="Rent"/>, <see cref="Return"/>): reading a document without a
/// problem then allocates nothing but the inspection and its result. A state is taken from the thread while it is in
/// use, so a read that somehow starts another read on the same thread gets a new one; a state that grew for a large
/// document is not kept.
/// </para>
/// </remarks>
internal sealed class ReadingState
{
    [ThreadStatic]
    private static ReadingState? t_cached;

    private List<Problem>? _problems;

    private ReadingState()
    {
    }

    /// <summary>Starts reading a document of <paramref name="length"/> bytes with the thread's state, or a new one.</summary>
    /// <param name="length">The document's length in bytes.</param>
    /// <returns>The state, empty; give it back with <see cref="Return"/> once nothing read refers to it.</returns>
    public static ReadingState Rent(int length)
    {
        var state = t_cached ?? new ReadingState();
        t_cached = null;
        state.Length = length;
        return state;
    }

    /// <summary>Forgets what was read (releasing every value) and keeps the state for the thread's next document.</summary>
    /// <param name="state">The state, no longer used.</param>
    public static void Return(ReadingState state)
    {
        if (state.Draft.IsLarge || state.Map.IsLarge)
        {
            return;
        }

        state.Draft.Reset();
        state.Map.Reset();
        state._problems = null;
        state.Context = DocumentTarget.Root;
        state.Stopped = false;
        state.Length = 0;
        t_cached = state;
    }

    /// <summary>The document's length in bytes: where a problem at its end is.</summary>
    public int Length { get; private set; }

    /// <summary>The values read.</summary>
    public ReadDraft Draft { get; } = new();

    /// <summary>Where each value was read.</summary>
    public SourceMap Map { get; } = new();

    /// <summary>Where the reader is: the target of a problem the JSON reader finds (bad JSON, the end of the input).</summary>
    public DocumentTarget Context { get; set; } = DocumentTarget.Root;

    /// <summary>Whether reading has stopped (bad JSON, the nesting limit, too many problems).</summary>
    public bool Stopped { get; set; }

    /// <summary>Whether any problem was found.</summary>
    public bool HasProblems => _problems is not null;

    /// <summary>Adds a problem at a byte offset of the document.</summary>
    public void Add(DiagnosticDescriptor descriptor, DocumentTarget target, long offset, params object?[] arguments) =>
        Add(new Problem(descriptor.Create(target, arguments), Math.Max(0, offset), 0, 0));

    /// <summary>Adds a problem at a line and byte position already known, and stops reading.</summary>
    public void AddAndStop(DiagnosticDescriptor descriptor, DocumentTarget target, int line, long position, params object?[] arguments)
    {
        Add(new Problem(descriptor.Create(target, arguments), -1, line, position));
        Stopped = true;
    }

    /// <summary>The problems as diagnostics, each with its line and byte position in the file.</summary>
    /// <param name="utf8">The document's bytes.</param>
    /// <param name="firstLine">The line of the file the document starts on.</param>
    /// <param name="firstLineByteOffset">Bytes before the document on its first line.</param>
    public ImmutableArray<Diagnostic> ToDiagnostics(ReadOnlySpan<byte> utf8, int firstLine, int firstLineByteOffset)
    {
        if (_problems is null)
        {
            return ImmutableArray<Diagnostic>.Empty;
        }

        LineIndex? index = null;
        var builder = ImmutableArray.CreateBuilder<Diagnostic>(_problems.Count);
        foreach (var problem in _problems)
        {
            var (line, position) = problem.Offset >= 0 ? (index ??= new LineIndex(utf8[..Math.Min(utf8.Length, InspectionJson.MaxDocumentBytes)], firstLine, firstLineByteOffset)).Locate(problem.Offset) : (problem.Line, problem.Position);
            builder.Add(Locate(problem.Diagnostic, line, position));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>A diagnostic with its line and byte position (which its message never repeats).</summary>
    public static Diagnostic Locate(Diagnostic diagnostic, int line, long position) => diagnostic with { Line = line, BytePositionInLine = position };

    private void Add(Problem problem)
    {
        // Once reading has stopped, nothing more is added: the JSON reader may still throw on the value after the
        // problem that stopped it.
        if (Stopped)
        {
            return;
        }

        _problems ??= new List<Problem>();
        _problems.Add(problem);
        if (_problems.Count >= InspectionJson.MaxDiagnostics)
        {
            _problems.Add(problem with { Diagnostic = ReadingProblems.Stopped.Create(DocumentTarget.Root, InspectionJson.MaxDiagnostics) });
            Stopped = true;
        }
    }

    private readonly record struct Problem(Diagnostic Diagnostic, long Offset, int Line, long Position);
}
