import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths from the workspace root: Nx runs codegen there.
const root = process.cwd();
const documentsDir = join(root, 'libs/web/data-access/src/graphql');

const config: CodegenConfig = {
  overwrite: true,
  // The schema the API emits on build: what the server really serves. CODEGEN_SCHEMA points
  // elsewhere (the contract) while the API of a new issue is still being written.
  schema: process.env['CODEGEN_SCHEMA'] || join(root, 'apps/api/schema.graphql'),
  documents: [join(documentsDir, '*.graphql')],
  ignoreNoDocuments: false,
  generates: {
    [join(root, 'libs/web/data-access/src/generated/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        onlyOperationTypes: true,
        useTypeImports: true,
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        defaultScalarType: 'unknown',
        scalars: { DateTime: 'string', Date: 'string' },
        avoidOptionals: { field: true, inputValue: false },
      },
    },
  },
};

export default config;
