// Timeline: the events an entity took part in, or — for a district — that happened in it or anywhere beneath it
// (towns, zones, parks) or that it took part in, by date (undated last), with participants, roles and evidence.
// $from / $to are ISO dates (YYYY-MM-DD, YYYY-MM or YYYY) or null: an event is kept when its dateIso, compared with
// each bound cut to the event's precision, lies within them (an event of 2026-07 is in a range from 2026-07-03).
MATCH (named:District|Enterprise|Official|Organization|Cluster)
WHERE $name IN named.aliasKeys
CALL (named) {
  MATCH (named)-[:PARTICIPATES_IN]->(event:Event)
  RETURN event
  UNION
  MATCH (place:District)-[:LOCATED_IN*0..8]->(named:District)
  MATCH (event:Event)-[:LOCATED_IN]->(place)
  RETURN event
}
WITH DISTINCT event
WHERE ($from IS NULL AND $to IS NULL)
   OR (event.dateIso IS NOT NULL
       AND ($from IS NULL OR event.dateIso >= left($from, size(event.dateIso)))
       AND ($to IS NULL OR left(event.dateIso, size($to)) <= $to))
OPTIONAL MATCH (who)-[part:PARTICIPATES_IN]->(event)
WITH event, who, part
ORDER BY who.name
WITH event, collect(who.name + coalesce("(" + part.role + ")", "")) AS participants
OPTIONAL MATCH (event)-[:LOCATED_IN]->(at:District)
WITH event, participants, min(at.name) AS place
RETURN event.dateIso AS dateIso, coalesce(event.attr_date, event.date) AS date, event.kind AS kind, event.name AS event,
       event.status AS status, place, participants, event.evidence AS evidence
ORDER BY event.dateIso IS NULL, dateIso, event
LIMIT $limit;
