using System;
using Inspections.Core.Validation;

namespace Inspections.Import;

/// <summary>
/// Thrown when a file is not the expected CSV at all (not UTF-8 text, no header, or a column the importer needs
/// missing from the header). Problems in single rows are never thrown: they are reported as diagnostics.
/// </summary>
public sealed class ImportFormatException : FormatException
{
    /// <summary>Creates the exception with a code from <see cref="ImportCodes"/>.</summary>
    /// <param name="code">What kind of problem it is (IMP090–IMP099 for the ILACS history CSV).</param>
    /// <param name="message">What is wrong with the file.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public ImportFormatException(DiagnosticDescriptor code, string message)
        : base(message)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
    }

    /// <summary>Creates the exception with a code from <see cref="ImportCodes"/> and its cause.</summary>
    /// <param name="code">What kind of problem it is.</param>
    /// <param name="message">What is wrong with the file.</param>
    /// <param name="innerException">The cause.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public ImportFormatException(DiagnosticDescriptor code, string message, Exception innerException)
        : base(message, innerException)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
    }

    /// <summary>Creates the exception, with no code.</summary>
    /// <param name="message">What is wrong with the file.</param>
    public ImportFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception, with no code.</summary>
    public ImportFormatException()
    {
    }

    /// <summary>Creates the exception, with no code.</summary>
    /// <param name="message">What is wrong with the file.</param>
    /// <param name="innerException">The cause.</param>
    public ImportFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The code (from <see cref="ImportCodes"/>), or null when the thrower gave none.</summary>
    public DiagnosticDescriptor? Code { get; }
}
