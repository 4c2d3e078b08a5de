// Anchor translation unit: the .qm files are attached to this library as Qt resources.
namespace ge::translations {
int anchor()
{
    return 0;
}
} // namespace ge::translations
