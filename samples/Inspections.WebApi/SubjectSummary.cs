namespace Inspections.WebApi;

/// <summary>Who was inspected, as the document says.</summary>
/// <param name="Kind"><c>local-authority</c> or <c>cafcass-service-area</c>.</param>
/// <param name="Name">The name.</param>
/// <param name="Gss">The GSS code, when given.</param>
/// <param name="La">The local authority number, when given.</param>
internal sealed record SubjectSummary(string Kind, string Name, string? Gss, int? La);
