// Every kit register's repository (domain/registers KIT_REGISTERS), built from the one list, with the
// lookup each needs to check links and rules across registers (people and access requests included).
import { KIT_REGISTERS } from '../domain/registers';
import type { AnyRegisterDefinition, RegisterDefinition, RegisterRecord } from '../domain/registers/definition';
import type { PersonKind } from '../domain/person';
import type { StoreAuditTrail } from './auditTrail';
import type { RegisterRepositories, RegisterRepository } from './contract';
import type { CustodianDatabase } from './database';
import { SealedRegisterRepository, type AnyRegisterRepository, type RegisterLookup } from './registerRepository';
import type { UnlockedKey } from './unlockedKey';

export interface FixedRegisters {
  /** People and access requests, from their own repositories. */
  get(register: 'people' | 'accessRequests', id: string): RegisterRecord | undefined;
  list(register: 'people' | 'accessRequests'): readonly RegisterRecord[];
  personKind(id: string): PersonKind | undefined;
}

export class StoreRegisters implements RegisterRepositories {
  private readonly repositories = new Map<string, AnyRegisterRepository>();

  constructor(db: CustodianDatabase, key: UnlockedKey, now: () => number, audit: StoreAuditTrail, fixed: FixedRegisters, records: Record<string, RegisterRecord[]>) {
    const lookup: RegisterLookup = {
      get: (register, id) => (register === 'people' || register === 'accessRequests' ? fixed.get(register, id) : this.repositories.get(register)?.get(id)),
      list: (register) => (register === 'people' || register === 'accessRequests' ? fixed.list(register) : (this.repositories.get(register)?.list() ?? [])),
      personKind: (id) => fixed.personKind(id),
      linkedFrom: (register, id) => {
        for (const repository of this.repositories.values()) {
          const links = (repository.definition as AnyRegisterDefinition).links?.filter((l) => l.register === register) ?? [];
          if (links.length && repository.list().some((r: RegisterRecord) => links.some((l) => (r as unknown as Record<string, unknown>)[l.field] === id))) return repository.definition.name;
        }
        return undefined;
      },
    };
    for (const definition of KIT_REGISTERS) {
      this.repositories.set(definition.name, new SealedRegisterRepository(definition, db, key, now, audit, lookup, records[definition.name] ?? []));
    }
  }

  get<R extends RegisterRecord, I>(definition: RegisterDefinition<R, I>): RegisterRepository<R, I> {
    const repository = this.repositories.get(definition.name);
    if (!repository || repository.definition !== definition) throw new RangeError(`No register ${definition.name} in REGISTERS`);
    return repository as unknown as RegisterRepository<R, I>;
  }

  byName(name: string): RegisterRepository | undefined {
    return this.repositories.get(name);
  }

  all(): readonly AnyRegisterRepository[] {
    return [...this.repositories.values()];
  }

  /** Each register's records as they are now, for a snapshot. */
  snapshot(): Record<string, RegisterRecord[]> {
    return Object.fromEntries(this.all().map((r) => [r.definition.name, [...r.list()]]));
  }

  /** After a restore committed. */
  replaceAll(records: Record<string, readonly RegisterRecord[]>): void {
    for (const repository of this.all()) repository.replaceAll(records[repository.definition.name] ?? []);
  }

  /** Seeds not yet written (a new vault, or a register that arrived with an update). */
  async writeSeeds(): Promise<void> {
    for (const repository of this.all()) await repository.writeSeed();
  }
}
