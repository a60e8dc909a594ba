using System.Text;

namespace Inspections.Core.Documents;

/// <summary>
/// One property of the <c>inspections/v1</c> document (or the document itself): its name, the object it belongs
/// to, whether that object requires it, and its JSON path. The properties are declared once, in
/// <see cref="DocumentShape"/>; the reader, the writer, the schema and every diagnostic's path take them from there.
/// </summary>
internal sealed class DocumentProperty
{
    private static int s_count;

    /// <summary>Declares a property.</summary>
    /// <param name="name">Its name as written in documents; empty for the document itself.</param>
    /// <param name="parent">The property whose value holds it; null for the document itself.</param>
    /// <param name="required">Whether its object requires it.</param>
    /// <param name="hasItems">Whether its value is an array whose items are addressed by index.</param>
    /// <param name="requiredUnless">A property of the same object that, when given, makes this one optional.</param>
    public DocumentProperty(string name, DocumentProperty? parent, bool required, bool hasItems = false, DocumentProperty? requiredUnless = null)
    {
        RequiredUnless = requiredUnless;
        Name = name;
        Utf8Name = Encoding.UTF8.GetBytes(name);
        Parent = parent;
        IsRequired = required;
        HasItems = hasItems;
        Path = parent is null ? DocumentPath.Root : DocumentPath.Property(parent.Path, name);
        Ordinal = s_count++;
    }

    /// <summary>How many properties have been declared so far (see <see cref="DocumentShape.PropertyCount"/>).</summary>
    public static int Count => s_count;

    /// <summary>The name as written in documents, such as <c>gss</c>; empty for the document itself.</summary>
    public string Name { get; }

    /// <summary>The name as UTF-8.</summary>
    public byte[] Utf8Name { get; }

    /// <summary>The property whose value holds this one; null for the document itself.</summary>
    public DocumentProperty? Parent { get; }

    /// <summary>Whether the object that holds it requires it.</summary>
    public bool IsRequired { get; }

    /// <summary>A property of the same object that, when given, makes this one optional (<c>fieldwork</c> unless <c>published</c>).</summary>
    public DocumentProperty? RequiredUnless { get; }

    /// <summary>Whether its value is an array whose items are addressed by index (<c>recommendations</c>, <c>notJudged</c>).</summary>
    public bool HasItems { get; }

    /// <summary>The JSON path, such as <c>$.subject.gss</c>; for a property of an array's item, the path without the index.</summary>
    public string Path { get; }

    /// <summary>A small number unique to the property, for tables indexed by property.</summary>
    public int Ordinal { get; }

    /// <summary>The path with the index of the array item it is in (or, for an array, of its item), when there is one.</summary>
    /// <param name="index">The 0-based index, or -1 for none.</param>
    /// <returns>The path, such as <c>$.recommendations[2].timescale</c>.</returns>
    public string PathAt(int index)
    {
        if (index < 0 || Parent is null)
        {
            return Path;
        }

        string path = DocumentPath.Property(Parent.PathAt(index), Name);
        return HasItems ? DocumentPath.Item(path, index) : path;
    }

    /// <inheritdoc/>
    public override string ToString() => Path;
}
