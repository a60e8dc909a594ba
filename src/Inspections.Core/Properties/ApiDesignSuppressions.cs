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
