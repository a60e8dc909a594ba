using System.Diagnostics.CodeAnalysis;

// RS0026 ("do not add multiple overloads with optional parameters") guards against adding an overload later that makes
// existing calls ambiguous. These pairs differ in the type of their first parameter (UTF-8 bytes or text; a string or a
// Utf8JsonWriter), which no argument list can confuse, and share the same optional tail, as System.Text.Json's own
// methods do. Anything added to InspectionJson later is still checked.
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "Overloads differ in the type of the first parameter.",
    Scope = "member", Target = "~M:Inspections.Core.Serialization.InspectionJson.Read(System.ReadOnlySpan{System.Byte},Inspections.Core.Catalog.FrameworkCatalog)~Inspections.Core.Serialization.InspectionReadResult")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "Overloads differ in the type of the first parameter.",
    Scope = "member", Target = "~M:Inspections.Core.Serialization.InspectionJson.Read(System.String,Inspections.Core.Catalog.FrameworkCatalog)~Inspections.Core.Serialization.InspectionReadResult")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "Overloads differ in the type of the first parameter.",
    Scope = "member", Target = "~M:Inspections.Core.Serialization.InspectionJson.Write(Inspections.Core.Inspection,Inspections.Core.Catalog.FrameworkCatalog,System.Boolean)~System.String")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "Overloads differ in the type of the first parameter.",
    Scope = "member", Target = "~M:Inspections.Core.Serialization.InspectionJson.Write(System.Text.Json.Utf8JsonWriter,Inspections.Core.Inspection,Inspections.Core.Catalog.FrameworkCatalog)")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "Overloads differ in the type of the first parameter.",
    Scope = "member", Target = "~M:Inspections.Core.Serialization.InspectionJson.Read(System.IO.Stream,Inspections.Core.Catalog.FrameworkCatalog)~Inspections.Core.Serialization.InspectionReadResult")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "Overloads differ in the type of the first parameter.",
    Scope = "member", Target = "~M:Inspections.Core.Serialization.InspectionJson.Write(System.IO.Stream,Inspections.Core.Inspection,Inspections.Core.Catalog.FrameworkCatalog,System.Boolean)")]

// The async pairs follow .NET's own pattern (Stream.ReadAsync, JsonSerializer.DeserializeAsync): a short overload whose
// only optional parameter is the CancellationToken, and a long one with the catalog. A token is never a catalog, so
// `ReadAsync(stream, token)` and `ReadAsync(stream, catalog, token)` cannot be confused.
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "Only the CancellationToken is optional in the short overload, as in .NET's own async methods.",
    Scope = "member", Target = "~M:Inspections.Core.Serialization.InspectionJson.ReadAsync(System.IO.Stream,System.Threading.CancellationToken)~System.Threading.Tasks.ValueTask{Inspections.Core.Serialization.InspectionReadResult}")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "Only the CancellationToken is optional in the short overload, as in .NET's own async methods.",
    Scope = "member", Target = "~M:Inspections.Core.Serialization.InspectionJson.ReadAsync(System.IO.Stream,Inspections.Core.Catalog.FrameworkCatalog,System.Threading.CancellationToken)~System.Threading.Tasks.ValueTask{Inspections.Core.Serialization.InspectionReadResult}")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "Only the CancellationToken is optional in the short overload, as in .NET's own async methods.",
    Scope = "member", Target = "~M:Inspections.Core.Serialization.InspectionJson.WriteAsync(System.IO.Stream,Inspections.Core.Inspection,System.Threading.CancellationToken)~System.Threading.Tasks.Task")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "Only the CancellationToken is optional in the short overload, as in .NET's own async methods.",
    Scope = "member", Target = "~M:Inspections.Core.Serialization.InspectionJson.WriteAsync(System.IO.Stream,Inspections.Core.Inspection,Inspections.Core.Catalog.FrameworkCatalog,System.Boolean,System.Threading.CancellationToken)~System.Threading.Tasks.Task")]
