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
                Warn(ImportCodes.WhiteSpaceTrimmed, column, IlacsMessages.WhiteSpaceTrimmed(raw));
            }

            return trimmed;
        }
    }

    public string Raw(string column) => reader.GetField(column) ?? string.Empty;

    public Diagnostic Skip(DiagnosticDescriptor code, string? column, string message) =>
        SkipIssue = Issue(code, column, message);

    public ImportedInspection? SkipNull(DiagnosticDescriptor code, string? column, string message) =>
        SkipNull<ImportedInspection>(code, column, message);

    public T? SkipNull<T>(DiagnosticDescriptor code, string? column, string message)
        where T : class
    {
        Skip(code, column, message);
        return null;
    }

    public Diagnostic Warn(DiagnosticDescriptor code, string column, string message)
    {
        var issue = Issue(code, column, message);
        Warnings.Add(issue);
        return issue;
    }

    private Diagnostic Issue(DiagnosticDescriptor code, string? column, string message) =>
        ImportIssue.Create(code, Line, column, message, file, column is null ? null : Array.IndexOf(header, column) + 1 is > 0 and var n ? n : null);
}
