/**
 * The `@modal` slot is empty on every page: it only fills when a photo link is followed client-side (see
 * (.)gallery). A full page load of any URL, the photo pages included, renders this, so there is no modal and
 * no 404 for the slot.
 */
export default function NoModal() {
  return null;
}
