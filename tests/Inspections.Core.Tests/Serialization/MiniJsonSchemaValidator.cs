using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Inspections.Core.Tests.Serialization;

/// <summary>
/// A small JSON Schema (draft 2020-12) validator for exactly the keywords the inspections/v1 schema uses, written
/// for the tests because no 2020-12 validator restores here (JsonSchema.Net does not; NJsonSchema supports older
/// drafts only). A keyword it does not know makes it throw, so the schema cannot quietly use one it would ignore.
/// </summary>
/// <remarks>
/// Supported: boolean schemas, <c>type</c>, <c>properties</c>, <c>required</c>, <c>additionalProperties</c>,
/// <c>dependentRequired</c>, <c>enum</c>, <c>const</c>, <c>pattern</c>, <c>minLength</c>, <c>maxLength</c> (in code
/// points), <c>minimum</c>, <c>maximum</c>, <c>items</c>, <c>allOf</c>, <c>if</c>/<c>then</c>, <c>$ref</c> to
/// <c>#/$defs/...</c>; <c>$schema</c>, <c>$id</c>, <c>$defs</c>, <c>title</c>, <c>description</c> and <c>format</c>
/// are annotations (as <c>format</c> is by default in 2020-12).
/// </remarks>
internal sealed class MiniJsonSchemaValidator
{
    private static readonly HashSet<string> s_annotations = ["$schema", "$id", "$defs", "title", "description", "format"];

    private static readonly HashSet<string> s_assertions =
    [
        "type", "properties", "required", "additionalProperties", "dependentRequired", "enum", "const", "pattern",
        "minLength", "maxLength", "minimum", "maximum", "items", "allOf", "anyOf", "if", "then", "$ref", "contains",
    ];

    private readonly JsonElement _root;
    private readonly Dictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    public MiniJsonSchemaValidator(string schema)
    {
        using var document = JsonDocument.Parse(schema);
        _root = document.RootElement.Clone();
        CheckKeywords(_root, "#");
    }

    /// <summary>Every way the instance fails the schema (empty when it passes).</summary>
    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Validate(_root, instance, "$", errors);
        return errors;
    }

    /// <summary>Every way a JSON text fails the schema (empty when it passes).</summary>
    public List<string> Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Validate(document.RootElement);
    }

    private void Validate(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: no value is allowed here");
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "type":
                    if (!HasType(instance, value.GetString()!))
                    {
                        errors.Add($"{path}: expected {value.GetString()}, found {instance.ValueKind}");
                    }

                    break;
                case "properties" when instance.ValueKind == JsonValueKind.Object:
                    foreach (var property in value.EnumerateObject())
                    {
                        foreach (var member in instance.EnumerateObject().Where(m => m.Name == property.Name))
                        {
                            Validate(property.Value, member.Value, $"{path}.{member.Name}", errors);
                        }
                    }

                    break;
                case "additionalProperties" when instance.ValueKind == JsonValueKind.Object:
                    bool hasProperties = schema.TryGetProperty("properties", out var declared);
                    foreach (var member in instance.EnumerateObject())
                    {
                        if (!hasProperties || !declared.TryGetProperty(member.Name, out _))
                        {
                            Validate(value, member.Value, $"{path}.{member.Name}", errors);
                        }
                    }

                    break;
                case "required" when instance.ValueKind == JsonValueKind.Object:
                    foreach (var name in value.EnumerateArray().Select(n => n.GetString()!))
                    {
                        if (!instance.TryGetProperty(name, out _))
                        {
                            errors.Add($"{path}: required property '{name}' is missing");
                        }
                    }

                    break;
                case "dependentRequired" when instance.ValueKind == JsonValueKind.Object:
                    foreach (var dependency in value.EnumerateObject())
                    {
                        if (instance.TryGetProperty(dependency.Name, out _))
                        {
                            foreach (var name in dependency.Value.EnumerateArray().Select(n => n.GetString()!))
                            {
                                if (!instance.TryGetProperty(name, out _))
                                {
                                    errors.Add($"{path}: '{dependency.Name}' requires '{name}'");
                                }
                            }
                        }
                    }

                    break;
                case "enum":
                    if (!value.EnumerateArray().Any(allowed => JsonElement.DeepEquals(allowed, instance)))
                    {
                        errors.Add($"{path}: {instance.GetRawText()} is not one of {value.GetRawText()}");
                    }

                    break;
                case "const":
                    if (!JsonElement.DeepEquals(value, instance))
                    {
                        errors.Add($"{path}: {instance.GetRawText()} is not {value.GetRawText()}");
                    }

                    break;
                case "pattern" when instance.ValueKind == JsonValueKind.String:
                    if (!Pattern(value.GetString()!).IsMatch(instance.GetString()!))
                    {
                        errors.Add($"{path}: '{instance.GetString()}' does not match {value.GetString()}");
                    }

                    break;
                case "minLength" when instance.ValueKind == JsonValueKind.String:
                    if (instance.GetString()!.EnumerateRunes().Count() < value.GetInt32())
                    {
                        errors.Add($"{path}: shorter than {value.GetInt32()}");
                    }

                    break;
                case "maxLength" when instance.ValueKind == JsonValueKind.String:
                    if (instance.GetString()!.EnumerateRunes().Count() > value.GetInt32())
                    {
                        errors.Add($"{path}: longer than {value.GetInt32()}");
                    }

                    break;
                case "minimum" when instance.ValueKind == JsonValueKind.Number:
                    if (instance.GetDouble() < value.GetDouble())
                    {
                        errors.Add($"{path}: less than {value.GetDouble()}");
                    }

                    break;
                case "maximum" when instance.ValueKind == JsonValueKind.Number:
                    if (instance.GetDouble() > value.GetDouble())
                    {
                        errors.Add($"{path}: more than {value.GetDouble()}");
                    }

                    break;
                case "items" when instance.ValueKind == JsonValueKind.Array:
                    int index = 0;
                    foreach (var item in instance.EnumerateArray())
                    {
                        Validate(value, item, $"{path}[{index++}]", errors);
                    }

                    break;
                case "allOf":
                    foreach (var part in value.EnumerateArray())
                    {
                        Validate(part, instance, path, errors);
                    }

                    break;
                case "anyOf":
                    bool any = false;
                    foreach (var part in value.EnumerateArray())
                    {
                        var partErrors = new List<string>();
                        Validate(part, instance, path, partErrors);
                        any |= partErrors.Count == 0;
                    }

                    if (!any)
                    {
                        errors.Add($"{path}: matches none of anyOf");
                    }

                    break;
                case "if":
                    var conditionErrors = new List<string>();
                    Validate(value, instance, path, conditionErrors);
                    if (conditionErrors.Count == 0 && schema.TryGetProperty("then", out var then))
                    {
                        Validate(then, instance, path, errors);
                    }

                    break;
                case "$ref":
                    Validate(Resolve(value.GetString()!), instance, path, errors);
                    break;
                case "contains" when instance.ValueKind == JsonValueKind.Array:
                    bool contained = false;
                    foreach (var item in instance.EnumerateArray())
                    {
                        var itemErrors = new List<string>();
                        Validate(value, item, path, itemErrors);
                        contained |= itemErrors.Count == 0;
                    }

                    if (!contained)
                    {
                        errors.Add($"{path}: no item matches contains");
                    }

                    break;
                default:
                    // "then" is applied with "if"; annotations and keywords that do not apply to this type assert nothing.
                    break;
            }
        }
    }

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && double.IsInteger(instance.GetDouble()),
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"Unknown type '{type}'."),
    };

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/$defs/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only references to #/$defs/ are supported, not '{reference}'.");
        }

        string name = reference[prefix.Length..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
        return _root.GetProperty("$defs").TryGetProperty(name, out var target)
            ? target
            : throw new InvalidOperationException($"The schema has no definition '{name}'.");
    }

    private Regex Pattern(string pattern)
    {
        if (!_patterns.TryGetValue(pattern, out var regex))
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            _patterns.Add(pattern, regex);
        }

        return regex;
    }

    /// <summary>Walks the whole schema and throws on any keyword this validator does not know, and on a dangling reference.</summary>
    private void CheckKeywords(JsonElement schema, string pointer)
    {
        if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new NotSupportedException($"{pointer} is not a schema.");
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            string at = $"{pointer}/{keyword.Name}";
            if (!s_annotations.Contains(keyword.Name) && !s_assertions.Contains(keyword.Name))
            {
                throw new NotSupportedException($"The validator does not know keyword '{keyword.Name}' (at {at}).");
            }

            switch (keyword.Name)
            {
                case "properties" or "$defs":
                    foreach (var child in keyword.Value.EnumerateObject())
                    {
                        CheckKeywords(child.Value, $"{at}/{child.Name}");
                    }

                    break;
                case "additionalProperties" or "items" or "if" or "then" or "contains":
                    CheckKeywords(keyword.Value, at);
                    break;
                case "allOf" or "anyOf":
                    int i = 0;
                    foreach (var part in keyword.Value.EnumerateArray())
                    {
                        CheckKeywords(part, $"{at}/{i++}");
                    }

                    break;
                case "$ref":
                    Resolve(keyword.Value.GetString()!);
                    break;
                case "pattern":
                    Pattern(keyword.Value.GetString()!);
                    break;
                case "minimum" or "maximum" or "minLength" or "maxLength":
                    _ = keyword.Value.GetDouble().ToString(CultureInfo.InvariantCulture);
                    break;
                default:
                    break;
            }
        }
    }
}
