// The screens of every register built on the kit, found by their folder: each
// `features/<area>/screens.tsx` exports `screens`. The navigation entry, the route `#/<name>` and the
// tab on the person's page come from here, so adding a register's screens is adding its folder —
// no hand-kept list in app/ or people/.
import type { ComponentType, ReactElement } from 'react';
import { REGISTERS } from '../domain/registers';
import type { AnyRegisterDefinition } from '../domain/registers/definition';

export interface RegisterScreens {
  definition: AnyRegisterDefinition;
  /** The navigation icon; the label is `nav.<definition.name>`. */
  icon: ReactElement;
  /** The register's page at `#/<definition.name>`. */
  Page: ComponentType;
  /** A tab on the person's page, labelled `registers.<name>.personTab`, for registers about a person. */
  PersonTab?: ComponentType<{ personId: string }>;
}

const found = import.meta.glob<{ screens: RegisterScreens }>('./*/screens.tsx', { eager: true });

/** In the order of the one list (REGISTERS), which is also the navigation's. */
export const REGISTER_SCREENS: readonly RegisterScreens[] = Object.values(found)
  .map((module) => module.screens)
  .sort((a, b) => REGISTERS.indexOf(a.definition) - REGISTERS.indexOf(b.definition));

export function screensFor(name: string): RegisterScreens | undefined {
  return REGISTER_SCREENS.find((s) => s.definition.name === name);
}
