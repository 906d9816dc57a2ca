import { baseUrl } from './browser';
import { DEMO_PASSWORD } from './flows';

/**
 * GraphQL over HTTP, as a demo account: flows use it to set the stage (a meeting of their own, so
 * that no flow depends on what another one did to the demo data), never to check what the screens show.
 */
export class ApiSession {
  private constructor(private readonly token: string) {}

  /** What the web client keeps in its storage once signed in: a browser context can start with it. */
  get accessToken(): string {
    return this.token;
  }

  static async as(email: string): Promise<ApiSession> {
    const anonymous = new ApiSession('');
    const data = await anonymous.gql<{ login: { accessToken: string } }>(
      'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
      { email, password: DEMO_PASSWORD },
    );
    return new ApiSession(data.login.accessToken);
  }

  async gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(new URL('/graphql', baseUrl()), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  /** The id of a table the account sits at, found by its name. */
  async tableNamed(name: string): Promise<string> {
    const data = await this.gql<{ me: { participations: { table: { id: string; name: string } }[] } }>('{ me { participations { table { id name } } } }');
    const seat = data.me.participations.find((participation) => participation.table.name === name);
    if (!seat) throw new Error(`No seat at ${name}`);
    return seat.table.id;
  }

  /** A meeting with the given agenda, published (the table's people are told), starting at `startsAt`. */
  async scheduledMeeting(
    tableId: string,
    title: string,
    items: Array<string | { title: string; inCamera: boolean }>,
    startsAt: Date,
  ): Promise<{ id: string; itemIds: string[] }> {
    const endsAt = new Date(startsAt.getTime() + 2 * 3600_000);
    const scheduled = await this.gql<{ scheduleMeeting: { id: string }[] }>(
      'mutation Schedule($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
      { input: { tableId, title, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() } },
    );
    const id = scheduled.scheduleMeeting[0].id;
    const itemIds: string[] = [];
    for (const item of items) {
      const { title: itemTitle, inCamera } = typeof item === 'string' ? { title: item, inCamera: false } : item;
      const added = await this.gql<{ addAgendaItem: { id: string } }>(
        'mutation Add($meetingId: ID!, $input: AgendaItemInput!) { addAgendaItem(meetingId: $meetingId, input: $input) { id } }',
        { meetingId: id, input: { title: itemTitle, durationMinutes: 15, confidentiality: inCamera ? 'IN_CAMERA' : 'MEMBERS' } },
      );
      itemIds.push(added.addAgendaItem.id);
    }
    await this.gql('mutation Publish($id: ID!) { publishAgenda(meetingId: $id) { id } }', { id });
    return { id, itemIds };
  }

  /** A meeting with the given agenda, already started: minutes exist from the meeting's start. */
  async startedMeeting(tableId: string, title: string, items: string[]): Promise<{ id: string; itemIds: string[] }> {
    const { id, itemIds } = await this.scheduledMeeting(tableId, title, items, new Date(Date.now() - 10 * 60_000));
    await this.gql('mutation Start($id: ID!) { startMeeting(id: $id) { id } }', { id });
    await this.gql('mutation Current($id: ID!, $item: ID) { setCurrentAgendaItem(meetingId: $id, itemId: $item) { id } }', {
      id,
      item: itemIds[0],
    });
    return { id, itemIds };
  }
}
