namespace Inspections.Core;

/// <summary>What kind of body an inspection looks at.</summary>
public enum SubjectKind
{
    /// <summary>An English local authority's children's services (wire id <c>local-authority</c>).</summary>
    LocalAuthority = 0,

    /// <summary>One of the 21 service areas of Cafcass, 2007–2010 (wire id <c>cafcass-service-area</c>).</summary>
    CafcassServiceArea = 1,
}
