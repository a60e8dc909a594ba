using System;
using NodaTime;

namespace Inspections.Core;

/// <summary>
/// The one place for the library's preconditions (as NodaTime's <c>Preconditions</c>): each check throws the
/// exception its documentation promises, naming the argument, or returns the value unchanged.
/// </summary>
/// <remarks>Internal: a precondition is the library's contract, not an API. Thread-safe; allocates only when it throws.</remarks>
internal static class Preconditions
{
    /// <summary>The message when an inspection in a sequence given is null.</summary>
    internal const string NullInspectionMessage = "An inspection in the sequence is null.";

    /// <summary>Returns <paramref name="value"/>; throws <see cref="ArgumentNullException"/> when it is null.</summary>
    public static T NotNull<T>(T value, string parameterName)
        where T : class =>
        value ?? throw new ArgumentNullException(parameterName);

    /// <summary>Returns <paramref name="inspection"/>, one of a sequence; throws <see cref="ArgumentNullException"/> naming the sequence when it is null.</summary>
    /// <param name="inspection">An inspection of the sequence.</param>
    /// <param name="sequenceName">The sequence argument's name.</param>
    public static Inspection InSequence(Inspection inspection, string sequenceName) =>
        inspection ?? throw new ArgumentNullException(sequenceName, NullInspectionMessage);

    /// <summary>Returns <paramref name="value"/>; throws when it is null or empty.</summary>
    /// <param name="value">The text.</param>
    /// <param name="parameterName">The argument's name.</param>
    /// <param name="message">The message when empty.</param>
    public static string NotEmpty(string value, string parameterName, string message = "The value must not be empty.") =>
        value is null ? throw new ArgumentNullException(parameterName)
        : value.Length == 0 ? throw new ArgumentException(message, parameterName)
        : value;

    /// <summary>Returns <paramref name="value"/>; throws when it is null, empty or only white space.</summary>
    /// <param name="value">The text.</param>
    /// <param name="parameterName">The argument's name.</param>
    /// <param name="message">The message when blank.</param>
    public static string NotWhiteSpace(string value, string parameterName, string message) =>
        value is null ? throw new ArgumentNullException(parameterName)
        : string.IsNullOrWhiteSpace(value) ? throw new ArgumentException(message, parameterName)
        : value;

    /// <summary>Returns <paramref name="value"/>, a name, label, note or source text; throws when it is null or blank.</summary>
    public static string Label(string value, string parameterName) =>
        NotWhiteSpace(value, parameterName, "A name or label must not be blank.");

    /// <summary>Returns <paramref name="date"/> when it is in the ISO calendar; throws <see cref="ArgumentException"/> otherwise.</summary>
    /// <param name="date">The date.</param>
    /// <param name="parameterName">The argument's name.</param>
    /// <param name="what">What the dates are, for the message ("Dates", "Framework dates").</param>
    public static LocalDate IsoDate(LocalDate date, string parameterName, string what = "Dates") =>
        date.Calendar == CalendarSystem.Iso
            ? date
            : throw new ArgumentException($"{what} must be in the ISO calendar, as documents write them; {DateText.Format(date.WithCalendar(CalendarSystem.Iso))} is in the {date.Calendar.Id} calendar.", parameterName);
}
