using System;
using System.Collections.Generic;
using CsvHelper;
using Inspections.Core.Validation;

namespace Inspections.Import;

/// <summary>One data row of a CSV (the ILACS history or its lookup): its fields by column name, and the issues raised about it.</summary>
internal sealed class IlacsRow(CsvReader reader, string[] header, int line, string? file)
{
    public int Line { get; } = line;

    public List<Diagnostic> Warnings { get; } = [];

    public List<(string Column, string Written)> Trimmed { get; } = [];

    public Diagnostic? SkipIssue { get; private set; }

    /// <summary>The field without white space at its ends; any removed is noted (IMP004) once per column.</summary>
    public string this[string column]
    {
        get
        {
            string raw = Raw(column);
            string trimmed = raw.Trim();
            if (trimmed.Length != raw.Length && !Trimmed.Exists(t => t.Column == column))
            {
                Trimmed.Add((column, raw));
                Warn(ImportCodes.WhiteSpaceTrimmed, column, ImportIssue.Quote(raw));
            }

            return trimmed;
        }
    }

    public string Raw(string column) => reader.GetField(column) ?? string.Empty;

    /// <summary>The field at a zero-based index, as written.</summary>
    public string Raw(int index) => reader.GetField(index) ?? string.Empty;

    public Diagnostic Skip(DiagnosticDescriptor code, string? column, params object?[] arguments) =>
        SkipIssue = Issue(code, column, arguments);

    public ImportedInspection? SkipNull(DiagnosticDescriptor code, string? column, params object?[] arguments) =>
        SkipNull<ImportedInspection>(code, column, arguments);

    public T? SkipNull<T>(DiagnosticDescriptor code, string? column, params object?[] arguments)
        where T : class
    {
        Skip(code, column, arguments);
        return null;
    }

    public Diagnostic Warn(DiagnosticDescriptor code, string column, params object?[] arguments) =>
        WarnAt(code, column, column is null ? null : Array.IndexOf(header, column) + 1 is > 0 and var n ? n : null, arguments);

    /// <summary>A warning at a column given by its number (for a header that names a column twice or an unknown one).</summary>
    public Diagnostic WarnAt(DiagnosticDescriptor code, string column, int? columnNumber, params object?[] arguments)
    {
        var issue = ImportIssue.Create(code, Line, column, file, columnNumber, arguments);
        Warnings.Add(issue);
        return issue;
    }

    private Diagnostic Issue(DiagnosticDescriptor code, string? column, object?[] arguments) =>
        ImportIssue.Create(code, Line, column, file, column is null ? null : Array.IndexOf(header, column) + 1 is > 0 and var n ? n : null, arguments);
}
