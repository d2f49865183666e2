/**
 * The diagrams a lesson may place with <Diagram id="…" />; each is a component in
 * components/diagrams (DIAGRAM_COMPONENTS). The build checks lessons against this list, and a test
 * checks that it names exactly those components.
 */
export const DIAGRAMS = ['klantreis-fasen', 'b2b-b2c', 'zeven-c', 'empathy-map', 'fasen-vergelijken', 'journey-map-velovolt'] as const;
