using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection;

namespace Inspections.Core.Serialization;

/// <summary>
/// The property of <see cref="Inspection"/> that an optional property of the document is read into and written from,
/// found once by its name: its getter, and its <c>init</c> accessor, which the reader calls on the inspection it has
/// just made and not yet given out (as System.Text.Json does for init-only properties), so that the draft needs no
/// line per property to build it.
/// </summary>
/// <typeparam name="T">The property's type.</typeparam>
internal sealed class ModelProperty<T>
{
    /// <summary>Finds the property.</summary>
    /// <param name="name">Its name (<c>nameof(Inspection.Theme)</c>).</param>
    /// <exception cref="ArgumentException">Inspection has no such public property of type <typeparamref name="T"/> with an init accessor.</exception>
    public ModelProperty(string name)
    {
        var property = typeof(Inspection).GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
        if (property is null || property.PropertyType != typeof(T) || property.GetMethod is null || property.SetMethod is null)
        {
            throw new ArgumentException($"Inspection has no property '{name}' of type {typeof(T).Name} with get and init.", nameof(name));
        }

        Name = name;
        Get = (Func<Inspection, T>)Delegate.CreateDelegate(typeof(Func<Inspection, T>), property.GetMethod);
        Init = (Action<Inspection, T>)Delegate.CreateDelegate(typeof(Action<Inspection, T>), property.SetMethod);
    }

    /// <summary>Its name, for messages (<c>Theme</c>).</summary>
    public string Name { get; }

    /// <summary>Reads it.</summary>
    public Func<Inspection, T> Get { get; }

    /// <summary>Sets it on an inspection the reader has just made (its check runs again).</summary>
    public Action<Inspection, T> Init { get; }
}

/// <summary>
/// The place in a <see cref="ReadDraft"/> that holds one optional property's value while a document is read, indexed
/// by the property's <see cref="Documents.DocumentProperty.Ordinal"/>; made once per draft from the shape (the draft is
/// reused from document to document), cleared for the next, and applied to the inspection built.
/// </summary>
internal abstract class DraftSlot
{
    /// <summary>Makes a slot for a draft.</summary>
    internal delegate DraftSlot Factory();

    /// <summary>Whether a value was read.</summary>
    public bool HasValue { get; protected set; }

    /// <summary>Whether it grew past what an ordinary document needs (then the draft is not kept).</summary>
    public virtual bool IsLarge => false;

    /// <summary>Forgets the value.</summary>
    public abstract void Clear();

    /// <summary>Sets the value read, if any, on the inspection built.</summary>
    public abstract void ApplyTo(Inspection inspection);
}

/// <summary>A slot holding one value.</summary>
internal sealed class DraftSlot<T>(ModelProperty<T> model) : DraftSlot
{
    private T _value = default!;

    /// <summary>Keeps the value read.</summary>
    public void Set(T value)
    {
        _value = value;
        HasValue = true;
    }

    /// <inheritdoc/>
    public override void Clear()
    {
        _value = default!;
        HasValue = false;
    }

    /// <inheritdoc/>
    public override void ApplyTo(Inspection inspection)
    {
        if (HasValue)
        {
            model.Init(inspection, _value);
        }
    }
}

/// <summary>A slot holding a list read item by item, its storage kept from document to document and copied once into the inspection.</summary>
internal sealed class ListSlot<T>(ModelProperty<ImmutableArray<T>> model, int largeCapacity) : DraftSlot
{
    private readonly List<T> _items = new();

    /// <inheritdoc/>
    public override bool IsLarge => _items.Capacity > largeCapacity;

    /// <summary>Starts the list (empty) and returns it.</summary>
    public List<T> Start()
    {
        _items.Clear();
        HasValue = true;
        return _items;
    }

    /// <inheritdoc/>
    public override void Clear()
    {
        _items.Clear();
        HasValue = false;
    }

    /// <inheritdoc/>
    public override void ApplyTo(Inspection inspection)
    {
        if (HasValue)
        {
            model.Init(inspection, ImmutableArray.CreateRange(_items));
        }
    }
}
