using System;

namespace Inspections.Import;

/// <summary>
/// Thrown when a file is not the expected CSV at all (for example a column the importer needs is missing from
/// the header). Problems in single rows are never thrown: they are reported as <see cref="ImportIssue"/>s.
/// </summary>
public sealed class ImportFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the file.</param>
    public ImportFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ImportFormatException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the file.</param>
    /// <param name="innerException">The cause.</param>
    public ImportFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
